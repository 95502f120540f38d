import type { SpecProblem } from '../types.ts';
import { isObject } from './json-pointer.ts';
import { lazyModule } from './lazy-module.ts';

// Each validator is a large module of its own, loaded only for a document of its version.
const checks30 = lazyModule(() => import('./schema-problems-30.ts'));
const checks31 = lazyModule(() => import('./schema-problems-31.ts'));

/**
 * Validates a (non-dereferenced) document against the JSON Schema of its
 * OpenAPI version (3.1: the OpenAPI 3.1 schema, Schema Objects held to the
 * OAS 3.1 dialect; anything else: the OpenAPI 3.0 schema) and returns every
 * problem as `INVALID_DOCUMENT` with the JSON pointer of the offending value,
 * each mistake named once (see `problemsOf30` and `problemsOf31`).
 *
 * Both validators are compiled ahead of time (`pnpm codegen`, see
 * scripts/codegen.mjs) with the options the loader always used: all errors,
 * formats unchecked, `inlineRefs: false` (each definition one function, not
 * inlined at every use).
 */
export async function schemaProblems(document: unknown): Promise<SpecProblem[]> {
  if (isObject(document) && typeof document.openapi === 'string' && /^3\.1(?!\d)/.test(document.openapi)) {
    return (await checks31()).schemaProblems31(document);
  }
  return (await checks30()).schemaProblems30(document);
}
