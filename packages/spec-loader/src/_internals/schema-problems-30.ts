import type { SpecProblem } from '../types.ts';
import { validateOpenApi30, type OpenApiSchemaError } from '../../generated/openapi-v3-validator.ts';
import { describeSchemaError } from './describe-schema-error.ts';
import { getAtPointer } from './json-pointer.ts';

/**
 * The problems of a document, from the errors the OpenAPI 3.0 validator gave
 * for it: `INVALID_DOCUMENT`, each with the JSON pointer of the offending
 * value. Ajv reports each failed branch of a `oneOf`; only the deepest
 * errors under one place are kept, since they name the real mistake.
 */
export function problemsOf30(reported: readonly OpenApiSchemaError[], document: unknown): SpecProblem[] {
  const errors = reported.filter((error) => error.keyword !== 'oneOf' && error.keyword !== 'anyOf');
  const all = errors.length > 0 ? errors : reported;
  const seen = new Set<string>();
  const problems: SpecProblem[] = [];
  for (const error of all) {
    // Drop an error when a deeper one exists below the same place.
    const deeper = all.some(
      (other) =>
        other !== error && other.instancePath.startsWith(`${error.instancePath}/`) && error.keyword !== 'required',
    );
    if (deeper) continue;
    // `{ $ref }` is the other branch of every "object or Reference" `oneOf`:
    // when the object branch has errors of its own, the missing `$ref` is noise.
    const params = error.params as { missingProperty?: unknown };
    if (
      error.keyword === 'required' &&
      params.missingProperty === '$ref' &&
      all.some((other) => other !== error && other.instancePath.startsWith(error.instancePath))
    ) {
      continue;
    }
    // A parameter fails every branch of the parameter `oneOf` (one per `in`):
    // keep the errors of the branch its own `in` names, drop the others.
    const parent = error.instancePath.replace(/\/(in|required)$/, '');
    if (parent !== error.instancePath && /\/parameters\/\d+$/.test(parent)) {
      const location = getAtPointer(document, `${parent}/in`);
      const isPath = location === 'path';
      if (error.instancePath.endsWith('/in') ? isPath : !isPath) continue;
    }
    const message = describeSchemaError(error);
    const key = `${error.instancePath}\u0000${error.keyword === 'enum' ? 'enum' : message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ code: 'INVALID_DOCUMENT', pointer: error.instancePath, message });
  }
  return problems;
}

/** Validates a document against the OpenAPI 3.0 schema and returns its problems (see {@link problemsOf30}). */
export function schemaProblems30(document: unknown): SpecProblem[] {
  return validateOpenApi30(document) ? [] : problemsOf30(validateOpenApi30.errors ?? [], document);
}
