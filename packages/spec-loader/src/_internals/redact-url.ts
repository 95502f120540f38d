const SECRET_PARAM = /token|key|secret|password|auth/i;

/** A URL safe to print: user and password removed, secret-looking query values replaced by `***`. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    for (const name of [...parsed.searchParams.keys()]) {
      if (SECRET_PARAM.test(name)) parsed.searchParams.set(name, '***');
    }
    return parsed.toString();
  } catch {
    return '<url>';
  }
}
