import { contentTypeDeclared } from './content-type-declared.ts';
import type { ResponseCheck, ResponseCheckContext } from './response-check.ts';
import { responseHeaders } from './response-headers.ts';
import { responseSchema } from './response-schema.ts';
import { statusCodeDeclared } from './status-code-declared.ts';

const SHAPE_CHECKS: ReadonlyArray<[string, ResponseCheck]> = [
  ['status-code-declared', statusCodeDeclared],
  ['content-type-declared', contentTypeDeclared],
  ['response-schema', responseSchema],
  ['response-headers', responseHeaders],
];

/**
 * Holds an error answer (to an invalid input or a request without a valid
 * token) to the response checks that the valid phase applies to successes:
 * `status-code-declared` (with its tolerance for what was sent),
 * `content-type-declared`, `response-schema` (the declared schema of that
 * status, else `default`, else `{"message": string}`) and `response-headers`.
 * The first that fails, named, or `undefined`. `negative-rejected` and
 * `auth-enforced` fail with it, so error bodies are validated too.
 *
 * @example
 * errorResponseProblem({ ...context, sent: 'auth-failure' });
 * // 'response-schema: body does not match the 401 schema: …: must have required property error'
 */
export function errorResponseProblem(context: ResponseCheckContext): string | undefined {
  for (const [id, check] of SHAPE_CHECKS) {
    const message = check(context);
    if (message !== undefined) return `${id}: ${message}`;
  }
  return undefined;
}
