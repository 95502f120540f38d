import { methodName } from './camel-case.ts';
import type { OperationSpec, OperationTable } from './operation-spec.ts';
import { RequestValidationError } from './request-validation-error.ts';

/**
 * The table entry of an operationId, also found by its client method name
 * (`getOrgClaims` for `GetOrgClaims`): the one lookup of an operation by
 * name, used by `buildRequest`, the client and the `circleci-kit api`
 * command.
 *
 * @param table - the operation table, e.g. the generated `operations` or `toOperationTable(spec.operations)`.
 * @param operationId - the spec's operationId, or its client method name.
 * @throws {RequestValidationError} for an unknown operation, with the nearest name.
 * @example
 * lookupOperation(operations, 'GetOrgClaims').path; // '/org/{orgID}/oidc-custom-claims'
 * lookupOperation(operations, 'getOrgClaims').id; // 'GetOrgClaims'
 */
export function lookupOperation(table: OperationTable, operationId: string): OperationSpec {
  const operation = Object.hasOwn(table, operationId) ? table[operationId] : undefined;
  if (operation) return operation;
  const byMethod = Object.values(table).find((op) => methodName(op.id) === operationId);
  if (byMethod) return byMethod;
  const wanted = operationId.toLowerCase();
  const near = Object.keys(table).find((id) => id.toLowerCase() === wanted);
  throw new RequestValidationError(operationId, [
    { parameter: 'operationId', message: `unknown operation${near ? `; did you mean ${near}?` : ''}` },
  ]);
}
