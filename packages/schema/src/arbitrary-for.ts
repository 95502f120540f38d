/**
 * fast-check arbitraries from OpenAPI schemas, valid or minimally invalid.
 */
import fc from 'fast-check';
import { InvalidBuilder } from './_internals/invalid-arbitrary.ts';
import { ValidBuilder } from './_internals/valid-arbitrary.ts';
import { SchemaError } from './schema-error.ts';
import type { Direction, InvalidSample, SchemaObject } from './types.ts';

/** Options of {@link arbitraryFor}. */
export interface ArbitraryOptions<M extends 'valid' | 'invalid' = 'valid' | 'invalid'> {
  /**
   * Which way the value travels: `readOnly` properties are never drawn in
   * requests, `writeOnly` ones never in responses.
   * @default 'response'
   */
  direction?: Direction;
  /**
   * `valid` draws values the schema accepts; `invalid` draws
   * `{ value, violation }`, a value that breaks exactly one constraint.
   * @default 'valid'
   */
  mode?: M;
}

const cache = {
  valid: {
    request: new WeakMap<SchemaObject, fc.Arbitrary<unknown>>(),
    response: new WeakMap<SchemaObject, fc.Arbitrary<unknown>>(),
  },
  invalid: {
    request: new WeakMap<SchemaObject, fc.Arbitrary<InvalidSample>>(),
    response: new WeakMap<SchemaObject, fc.Arbitrary<InvalidSample>>(),
  },
};

/** A valid-mode arbitrary (see {@link arbitraryFor}). */
export function validArbitrary(schema: SchemaObject, direction: Direction = 'response'): fc.Arbitrary<unknown> {
  let arbitrary = cache.valid[direction].get(schema);
  if (arbitrary === undefined) {
    arbitrary = new ValidBuilder(direction).build(schema);
    cache.valid[direction].set(schema, arbitrary);
  }
  return arbitrary;
}

/** An invalid-mode arbitrary (see {@link arbitraryFor}). */
export function invalidArbitrary(schema: SchemaObject, direction: Direction = 'response'): fc.Arbitrary<InvalidSample> {
  let arbitrary = cache.invalid[direction].get(schema);
  if (arbitrary === undefined) {
    const sites = new InvalidBuilder(direction).sites(schema);
    if (sites.length === 0) {
      throw new SchemaError(
        'NO_INVALID_VALUE',
        'no value breaks exactly one constraint of this schema (it accepts any JSON value)',
      );
    }
    arbitrary = fc.oneof(...sites.map((site) => site.arbitrary));
    cache.invalid[direction].set(schema, arbitrary);
  }
  return arbitrary;
}

/**
 * A fast-check arbitrary for an OpenAPI schema.
 *
 * - `valid` (default): values the schema accepts, covering required and
 *   optional properties, `additionalProperties`, arrays within
 *   `minItems`/`maxItems`, `enum`, `oneOf`/`anyOf`/`allOf`, `nullable`,
 *   formats, `pattern`, numeric and length bounds, `int64` as safe integers.
 *   Shrinks towards small values (optional properties dropped, short arrays).
 * - `invalid`: `{ value, violation: { pointer, keyword } }`, a value that breaks
 *   exactly one constraint, and which.
 *
 * Arbitraries are built once per schema object, direction and mode.
 * Throws a {@link SchemaError} `UNSATISFIABLE_SCHEMA` when no value fits the
 * schema, and `NO_INVALID_VALUE` when no value can break it.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * const schema = { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } } as const;
 * fc.sample(arbitraryFor(schema, { direction: 'response', mode: 'valid' }), { numRuns: 1, seed: 1 });
 * // → [{ id: '…uuid…' }]
 * fc.sample(arbitraryFor(schema, { mode: 'invalid' }), { numRuns: 1, seed: 1 });
 * // → [{ value: { id: '…' }, violation: { pointer: '/id', keyword: 'format' } }] (for instance)
 * ```
 */
export function arbitraryFor(
  schema: SchemaObject,
  options: ArbitraryOptions<'invalid'> & { mode: 'invalid' },
): fc.Arbitrary<InvalidSample>;
export function arbitraryFor(schema: SchemaObject, options?: ArbitraryOptions<'valid'>): fc.Arbitrary<unknown>;
export function arbitraryFor(schema: SchemaObject, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const direction = options.direction ?? 'response';
  return options.mode === 'invalid' ? invalidArbitrary(schema, direction) : validArbitrary(schema, direction);
}
