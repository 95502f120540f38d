import type { BuiltRequest } from './built-request.ts';

/** What secrets are replaced with. */
export const MASK = '***';

const TOKEN_QUERY = /([?&]circle-token=)[^&#]*/gi;

/**
 * The URL with the value of any `circle-token` query parameter masked.
 *
 * @example
 * redactUrl('https://circleci.com/api/v2/me?circle-token=abc'); // 'https://circleci.com/api/v2/me?circle-token=***'
 */
export function redactUrl(url: string): string {
  return url.replace(TOKEN_QUERY, `$1${MASK}`);
}

/**
 * A copy of the headers with `Circle-Token` masked and `Authorization` reduced
 * to its scheme (`Basic ***`). Names are lower-cased.
 *
 * @example
 * redactHeaders({ 'Circle-Token': 'abc' }); // { 'circle-token': '***' }
 */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (lower === 'circle-token') out[lower] = MASK;
    else if (lower === 'authorization' || lower === 'proxy-authorization') {
      const scheme = /^\s*(\S+)\s/.exec(value)?.[1];
      out[lower] = scheme ? `${scheme} ${MASK}` : MASK;
    } else out[lower] = value;
  }
  return out;
}

/**
 * The request as hooks, errors and logs may show it: URL and headers redacted.
 *
 * @example
 * redactRequest(buildRequest('getCurrentUser', {}, { token })).headers['circle-token']; // '***'
 */
export function redactRequest(request: BuiltRequest): BuiltRequest {
  return { ...request, url: redactUrl(request.url), headers: redactHeaders(request.headers) };
}
