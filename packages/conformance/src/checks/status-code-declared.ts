import { declaredResponse, undeclaredAllowed, type ResponseCheck } from './response-check.ts';

/**
 * `status-code-declared`: the operation declares the status (exactly, as
 * `NXX`, or through `default`). Unless `strictStatus`, the statuses CircleCI
 * answers everywhere pass without a declaration (see {@link undeclaredAllowed}):
 * 404 and 429 on any request, 401 to a request without a valid token
 * (`auth-failure`), 400 to an input that breaks the spec (`invalid-input`).
 * It runs on the answers of the valid, negative and auth phases.
 *
 * @example
 * statusCodeDeclared(context); // 'status 418 is not declared (declared: 200, 400, 500)'
 */
export const statusCodeDeclared: ResponseCheck = ({ operation, response, options, sent }) => {
  if (declaredResponse(operation, response.status) !== undefined) return undefined;
  if (options.strictStatus !== true && undeclaredAllowed(response.status, sent)) return undefined;
  return `status ${response.status} is not declared (declared: ${Object.keys(operation.responses).join(', ')})`;
};
