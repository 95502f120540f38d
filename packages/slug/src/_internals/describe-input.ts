const MAX_SHOWN = 120;

/**
 * Describes any value for an error message without calling into it: strings are
 * redacted (URL credentials), shortened and quoted; other values are named by
 * their type, since their `toString` may throw.
 */
export function describeInput(value: unknown): string {
  if (typeof value !== 'string') return value === null ? 'null' : `a value of type ${typeof value}`;
  const redacted = redactCredentials(value);
  const short = redacted.length > MAX_SHOWN ? `${redacted.slice(0, MAX_SHOWN)}…` : redacted;
  return JSON.stringify(short);
}

/**
 * Replaces the user-info part of `scheme://user:secret@host` with `***`
 * (tokens often live there in git remotes); the plain `git@` user is kept.
 */
export function redactCredentials(text: string): string {
  return text.replace(/(\/\/)([^/@\s]*)@/g, (whole, slashes: string, userInfo: string) =>
    userInfo === 'git' ? whole : `${slashes}***@`,
  );
}
