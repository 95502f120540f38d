import { redactSourceUrl } from '@circleci-kit/spec-loader';
import { resolveToken } from '../../resolve-token.ts';

/**
 * A message safe to print: every http(s) URL in it without credentials or
 * secret-looking query values, and the CircleCI token of `env` (when set)
 * replaced by `***`.
 *
 * @example
 * redactSecrets('https://me:pw@example.com/openapi.json?circle-token=abc: HTTP 500', {});
 * // 'https://example.com/openapi.json?circle-token=***: HTTP 500'
 */
export function redactSecrets(message: string, env: Readonly<Record<string, string | undefined>>): string {
  let safe = message.replace(/https?:\/\/[^\s"'<>()]+/gi, (url) => {
    const trailing = /[.,;:]+$/.exec(url)?.[0] ?? '';
    return redactSourceUrl(url.slice(0, url.length - trailing.length)) + trailing;
  });
  for (const name of ['CIRCLECI_TOKEN', 'CIRCLE_TOKEN', resolveToken(env).from]) {
    const token = name === undefined ? undefined : env[name];
    if (token !== undefined && token.length >= 4) safe = safe.split(token).join('***');
  }
  return safe;
}
