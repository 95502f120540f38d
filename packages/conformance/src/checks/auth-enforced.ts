import type { ResponseCheck } from './response-check.ts';

/**
 * `auth-enforced`: a request to a secured operation without a token, or
 * with a wrong one, gets 401 or 403. The runner then holds that answer to
 * the response checks (`errorResponseProblem`): a 401 is CircleCI's
 * documented answer on every secured route, so it passes undeclared unless
 * `strictStatus`, and its body must validate against the schema the
 * operation declares for it (`default` as fallback, `{"message"}` when
 * undescribed).
 *
 * @example
 * authEnforced(context); // 'a request without a valid token got 200 instead of 401 or 403'
 */
export const authEnforced: ResponseCheck = ({ response }) =>
  response.status === 401 || response.status === 403
    ? undefined
    : `a request without a valid token got ${response.status} instead of 401 or 403`;

/**
 * Whether an operation needs credentials: it has security requirements and
 * none of them is the empty one (`{}`, anonymous access).
 *
 * @example
 * isSecured(spec.operations.get('getCurrentUser')!); // true
 */
export function isSecured(operation: { security: ReadonlyArray<Record<string, unknown>> }): boolean {
  return operation.security.length > 0 && operation.security.every((entry) => Object.keys(entry).length > 0);
}
