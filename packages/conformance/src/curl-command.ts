import { MASK } from '@circleci-kit/core-client';
import type { RecordedRequest } from './interaction.ts';

function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * A curl command that sends the request again, with the token replaced by
 * `$CIRCLECI_TOKEN` (headers, basic auth and `circle-token` query), so it can
 * be pasted into a shell and printed in logs.
 *
 * @example
 * curlCommand({ method: 'GET', url: 'http://127.0.0.1:4010/api/v2/me', headers: { 'circle-token': '***' }, body: null });
 * // curl -X GET 'http://127.0.0.1:4010/api/v2/me' -H "circle-token: $CIRCLECI_TOKEN"
 */
export function curlCommand(request: RecordedRequest): string {
  const parts = ['curl', '-X', request.method];
  const masked = `circle-token=${MASK}`;
  parts.push(
    request.url.includes(masked)
      ? `"${request.url.split(masked).join('circle-token=$CIRCLECI_TOKEN')}"`
      : quote(request.url),
  );
  for (const [name, value] of Object.entries(request.headers)) {
    if (name === 'circle-token') parts.push('-H', `"circle-token: $CIRCLECI_TOKEN"`);
    else if (name === 'authorization' && /^basic\s/i.test(value)) parts.push('-u', '"$CIRCLECI_TOKEN:"');
    else parts.push('-H', quote(`${name}: ${value}`));
  }
  if (request.body !== null) parts.push('--data-raw', quote(request.body));
  return parts.join(' ');
}
