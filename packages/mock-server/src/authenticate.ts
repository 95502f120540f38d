/**
 * The three ways CircleCI takes a personal API token.
 */
import type { IncomingHttpHeaders } from 'node:http';

/** Which scheme carried the token. */
export type AuthScheme = 'header' | 'basic' | 'query';

/** A token found on a request, and how it came. */
export interface Credentials {
  token: string;
  scheme: AuthScheme;
}

/**
 * Finds the token of a request: the `Circle-Token` header, else HTTP basic
 * with the token as user name (`curl -u TOKEN:`), else the deprecated
 * `circle-token` query parameter. `undefined` when none carries a non-empty token.
 *
 * @example
 * authenticate({ 'circle-token': 'abc' }, undefined); // → { token: 'abc', scheme: 'header' }
 * authenticate({ authorization: 'Basic YWJjOg==' }, undefined); // → { token: 'abc', scheme: 'basic' }
 */
export function authenticate(headers: IncomingHttpHeaders, queryToken: string | undefined): Credentials | undefined {
  const header = headers['circle-token'];
  if (typeof header === 'string' && header !== '') return { token: header, scheme: 'header' };
  const authorization = headers.authorization;
  if (authorization !== undefined && /^basic /i.test(authorization)) {
    const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const user = colon === -1 ? decoded : decoded.slice(0, colon);
    if (user !== '') return { token: user, scheme: 'basic' };
  }
  if (queryToken !== undefined && queryToken !== '') return { token: queryToken, scheme: 'query' };
  return undefined;
}
