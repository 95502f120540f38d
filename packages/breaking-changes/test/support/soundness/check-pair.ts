/**
 * The soundness check of one schema pair: the diff's verdict on each side
 * held against values drawn by `@circleci-kit/schema` and judged by its
 * validators.
 */
import { compileValidator, createAjv, SchemaError, validArbitrary } from '@circleci-kit/schema';
import type { SchemaObject } from '@circleci-kit/spec-loader';
import fc from 'fast-check';
import { diffSpecs } from '../../../src/index.ts';
import type { Change } from '../../../src/types.ts';
import { spec } from '../build-spec.ts';

/** The side of an operation a schema sits on. */
export type Side = 'request' | 'response';

/** The levels that count as a reported breaking change: a `warn` on a change that breaks is enough. */
export const BREAKING_LEVELS: ReadonlySet<Change['level']> = new Set(['error', 'warn']);

/** What the check found on one side. */
export interface SideVerdict {
  /** Whether the diff reported a breaking change (error or warn) on this side. */
  breaking: boolean;
  /** The ids of those changes. */
  ids: string[];
  /** A value the widened set holds and the narrower schema refuses, when the premise holds and one was found. */
  counterexample?: { value: unknown };
}

/** The check of one pair: a verdict per side, or `skipped` when a schema has no value at all. */
export type PairVerdict =
  { skipped: true; reason: string } | { skipped: false; request: SideVerdict; response: SideVerdict };

/** One POST operation with `schema` as its JSON request body and its 200 JSON response. */
export function pairSpec(schema: SchemaObject) {
  return spec({
    method: 'post',
    path: '/thing',
    body: { content: { 'application/json': schema } },
    responses: { '200': { content: { 'application/json': schema } } },
  });
}

/** The changes at a breaking level on one side. */
export function breakingOn(changes: readonly Change[], side: Side): Change[] {
  return changes.filter((c) => BREAKING_LEVELS.has(c.level) && (c.direction === side || c.direction === 'none'));
}

/**
 * One Ajv instance, `compileValidator`'s own (JSON Schema 2020-12, which `toJsonSchema` writes; formats
 * checked; `contentEncoding` and `contentMediaType` asserted), shared by every check.
 */
const ajv = createAjv();

/**
 * The first sampled value that `from` accepts and `to` refuses. A drawn
 * value that `from` itself refuses (a `oneOf` value that happens to match
 * two branches) says nothing about the diff and is passed over.
 */
function firstRefused(from: SchemaObject, to: SchemaObject, side: Side, samples: number, seed: number) {
  const values = fc.sample(validArbitrary(from, side), { numRuns: samples, seed });
  const accepts = compileValidator(from, { direction: side, ajv });
  const validate = compileValidator(to, { direction: side, ajv });
  try {
    return values.find((value) => accepts(value).valid && !validate(value).valid);
  } finally {
    ajv.removeSchema(validate.schema);
    ajv.removeSchema(accepts.schema);
  }
}

/**
 * Diffs `old` against `next` and, on each side without a breaking change,
 * draws `samples` values: on the request side from the old schema, each of
 * which the new one must accept; on the response side from the new schema,
 * each of which the old one must accept.
 */
export function checkPair(old: SchemaObject, next: SchemaObject, samples = 8, seed = 0): PairVerdict {
  const changes = diffSpecs(pairSpec(old), pairSpec(next));
  const sides: Record<Side, SideVerdict> = {
    request: { breaking: false, ids: [] },
    response: { breaking: false, ids: [] },
  };
  try {
    for (const side of ['request', 'response'] as const) {
      const found = breakingOn(changes, side);
      const verdict: SideVerdict = { breaking: found.length > 0, ids: [...new Set(found.map((c) => c.id))] };
      sides[side] = verdict;
      if (verdict.breaking) continue;
      const [from, to] = side === 'request' ? [old, next] : [next, old];
      const value = firstRefused(from, to, side, samples, seed);
      if (value !== undefined) verdict.counterexample = { value };
    }
  } catch (error) {
    if (error instanceof SchemaError) return { skipped: true, reason: error.code };
    throw error;
  }
  return { skipped: false, ...sides };
}
