import type { SpecProblem } from '../types.ts';
import { validateOpenApi30, type OpenApiSchemaError } from '../../generated/openapi-v3-validator.ts';
import { getAtPointer } from './json-pointer.ts';

function describe(error: OpenApiSchemaError): string {
  const params = error.params;
  if (error.keyword === 'additionalProperties') return `unknown property ${JSON.stringify(params.additionalProperty)}`;
  if (error.keyword === 'required') return `missing required property ${JSON.stringify(params.missingProperty)}`;
  if (error.keyword === 'enum') return `${error.message ?? 'not allowed'}: ${JSON.stringify(params.allowedValues)}`;
  return error.message ?? error.keyword;
}

/**
 * Validates a (non-dereferenced) document against the OpenAPI 3.0 JSON Schema
 * and returns every problem as `INVALID_DOCUMENT` with the JSON pointer of the
 * offending value. Ajv reports each failed branch of a `oneOf`; only the
 * deepest errors under one place are kept, since they name the real mistake.
 */
export function schemaProblems(document: unknown): SpecProblem[] {
  // Compiled ahead of time (`pnpm codegen`, see scripts/codegen.mjs) with the
  // options the loader always used: draft-04, all errors, formats unchecked,
  // `inlineRefs: false` (each definition one function, not inlined at every use).
  const validate = validateOpenApi30;
  if (validate(document)) return [];
  const errors = (validate.errors ?? []).filter((error) => error.keyword !== 'oneOf' && error.keyword !== 'anyOf');
  const all = errors.length > 0 ? errors : (validate.errors ?? []);
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
    const message = describe(error);
    const key = `${error.instancePath}\u0000${error.keyword === 'enum' ? 'enum' : message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ code: 'INVALID_DOCUMENT', pointer: error.instancePath, message });
  }
  return problems;
}
