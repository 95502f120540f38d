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
