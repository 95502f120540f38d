import type { ResponseCheck } from './response-check.ts';

/**
 * `not-a-server-error`: no response has a 5xx status.
 *
 * @example
 * notAServerError({ response: { status: 500, … }, … }); // 'status 500: the server failed on this input'
 */
export const notAServerError: ResponseCheck = ({ response }) =>
  response.status >= 500 ? `status ${response.status}: the server failed on this input` : undefined;
