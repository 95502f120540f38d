import type { ResponseCheck } from './response-check.ts';

/**
 * `negative-rejected`: an input that breaks a constraint on the wire, sent
 * raw, gets a 4xx. The runner only sends inputs that are still invalid
 * once serialized (a number for a string parameter is not), so a 2xx here is
 * a real acceptance of bad input, never a false positive. The runner then
 * holds the 4xx to the response checks (`errorResponseProblem`): a
 * declared status (or 400, 404, 429), and a body valid for that status's
 * declared schema (`default` as fallback, `{"message"}` when undescribed).
 *
 * @example
 * negativeRejected(context); // 'an invalid input was accepted with 200'
 */
export const negativeRejected: ResponseCheck = ({ response }) => {
  if (response.status >= 400 && response.status < 500) return undefined;
  return response.status >= 500
    ? `an invalid input got ${response.status} instead of a 4xx`
    : `an invalid input was accepted with ${response.status}`;
};
