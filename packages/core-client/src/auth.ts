import type { BuiltRequest } from './built-request.ts';

/**
 * How the token is sent:
 * - `header` (CircleCI's preferred way): `Circle-Token: <token>`;
 * - `basic`: HTTP basic auth with the token as user name and an empty
 *   password, exactly what `curl -u TOKEN:` sends;
 * - `query`: `?circle-token=<token>`, deprecated by CircleCI; use it only when nothing else works.
 */
export type AuthScheme = 'header' | 'basic' | 'query';

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The request with the token added the way `scheme` says. Without a token,
 * the request is returned unchanged.
 *
 * @example
 * withAuth(request, 'abc', 'basic').headers.authorization; // 'Basic YWJjOg=='
 */
export function withAuth(
  request: BuiltRequest,
  token: string | undefined,
  scheme: AuthScheme = 'header',
): BuiltRequest {
  if (token === undefined || token === '') return request;
  switch (scheme) {
    case 'header':
      return { ...request, headers: { ...request.headers, 'circle-token': token } };
    case 'basic':
      return { ...request, headers: { ...request.headers, authorization: `Basic ${base64(`${token}:`)}` } };
    case 'query': {
      const separator = request.url.includes('?') ? '&' : '?';
      return { ...request, url: `${request.url}${separator}circle-token=${encodeURIComponent(token)}` };
    }
  }
}
