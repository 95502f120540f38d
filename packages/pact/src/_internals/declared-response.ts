/** The response an operation declares for a status. */
import type { OperationInfo, ResponseInfo } from '@circleci-kit/spec-loader';

/**
 * The response an operation declares for a status: its own, else its
 * class's (`4XX`), else `default`.
 *
 * @example
 * declaredResponse(operation, 404); // operation.responses['404'] ?? operation.responses['4XX'] ?? operation.responses.default
 */
export function declaredResponse(operation: OperationInfo, status: number): ResponseInfo | undefined {
  const text = String(status);
  return operation.responses[text] ?? operation.responses[`${text[0]}XX`] ?? operation.responses.default;
}

/**
 * Whether the check of an interaction expecting `status` depends on the
 * request's parameters and body (`declared`: the response the operation
 * declares for the status). Their mismatches are reported only below 400;
 * at 400 they tell a tolerated status from an undeclared one, which counts
 * only when none is declared. Above, they change nothing but the request
 * body warning.
 *
 * @example
 * readsRequest(200, operation.responses['200']); // true
 * readsRequest(404, undefined); // false
 */
export const readsRequest = (status: number, declared: ResponseInfo | undefined): boolean =>
  !(typeof status === 'number' && (status > 400 || (status === 400 && declared !== undefined)));
