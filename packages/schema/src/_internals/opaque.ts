/**
 * Keywords the arbitraries do not build values for: the 2020-12 keywords
 * that pass through the internal form untyped, and a `not` other than
 * `not: {}`. Valid values of a schema with one are drawn from its other
 * keywords and kept when its own validator accepts them; the invalid mode
 * breaks such a schema only by its `type`.
 */
import type fc from 'fast-check';
import { compileValidator } from '../compile-validator.ts';
import { SchemaError } from '../schema-error.ts';
import type { Direction, SchemaObject, Validator } from '../types.ts';
import { boundedFilter, drawsAtAll, MAX_TRIES } from './bounded-filter.ts';
import { forbidsAll } from './false-schema.ts';
import { passThroughKeywords } from './subschemas.ts';

/** The keywords of the schema that the arbitraries only filter by (empty for most schemas). */
export function opaqueKeywords(schema: SchemaObject): string[] {
  const keywords = passThroughKeywords(schema);
  if (schema.not !== undefined && !forbidsAll(schema)) keywords.push('not');
  return keywords;
}

const validators = {
  request: new WeakMap<SchemaObject, Validator>(),
  response: new WeakMap<SchemaObject, Validator>(),
};

function validatorOf(schema: SchemaObject, direction: Direction): Validator {
  let validator = validators[direction].get(schema);
  if (validator === undefined) {
    validator = compileValidator(schema, { direction });
    validators[direction].set(schema, validator);
  }
  return validator;
}

/**
 * The values of `candidates` that the schema's validator accepts, with a
 * bounded filter; throws `UNSATISFIABLE_SCHEMA` (naming `pointer` and the
 * keywords) when a first draw finds none, and when a later draw gives up.
 */
export function validatedBy(
  schema: SchemaObject,
  direction: Direction,
  keywords: readonly string[],
  candidates: fc.Arbitrary<unknown>,
  pointer: string,
): fc.Arbitrary<unknown> {
  const validate = validatorOf(schema, direction);
  const giveUp = (): SchemaError =>
    new SchemaError(
      'UNSATISFIABLE_SCHEMA',
      `no value satisfies the schema at ${pointer || '(root)'}: no value drawn from its other keywords met ` +
        `${keywords.join(', ')} in ${MAX_TRIES} tries`,
      pointer,
    );
  const values = boundedFilter(candidates, (value) => validate(value).valid, giveUp);
  if (!drawsAtAll(values)) throw giveUp();
  return values;
}
