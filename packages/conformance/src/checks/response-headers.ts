import { declaredResponse, type ResponseCheck } from './response-check.ts';

/**
 * `response-headers`: the headers the spec requires for the status are
 * present, and CircleCI's own rules hold: a 429 carries `Retry-After` in
 * seconds, a 405 carries `Allow`.
 *
 * @example
 * responseHeaders(context); // 'a 429 response needs Retry-After in seconds, got none'
 */
export const responseHeaders: ResponseCheck = ({ operation, response }) => {
  const declared = declaredResponse(operation, response.status);
  for (const [name, header] of Object.entries(declared?.headers ?? {})) {
    if (header.required && response.headers[name.toLowerCase()] === undefined) {
      return `required header ${name} is missing from the ${response.status} response`;
    }
  }
  if (response.status === 429) {
    const retryAfter = response.headers['retry-after'];
    if (retryAfter === undefined || !/^\d+$/.test(retryAfter.trim())) {
      return `a 429 response needs Retry-After in seconds, got ${retryAfter ?? 'none'}`;
    }
  }
  if (response.status === 405 && !response.headers['allow']) return 'a 405 response needs an Allow header';
  return undefined;
};
