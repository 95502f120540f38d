import { declaredResponse, UNDECLARED_ALLOWED, type ResponseCheck } from './response-check.js';

/**
 * `status-code-declared`: the operation declares the status (exactly, as
 * `NXX`, or through `default`). Unless `strictStatus`, 404 and 429 pass
 * without a declaration (see {@link UNDECLARED_ALLOWED}).
 *
 * @example
 * statusCodeDeclared(context); // 'status 418 is not declared (declared: 200, 400, 500)'
 */
export const statusCodeDeclared: ResponseCheck = ({ operation, response, options }) => {
  if (declaredResponse(operation, response.status) !== undefined) return undefined;
  if (options.strictStatus !== true && UNDECLARED_ALLOWED.has(response.status)) return undefined;
  return `status ${response.status} is not declared (declared: ${Object.keys(operation.responses).join(', ')})`;
};
