/**
 * Deterministic example values, for the mock server.
 */
import fc from 'fast-check';
import { validArbitrary } from './arbitrary-for.ts';
import { compileValidator } from './compile-validator.ts';
import type { Direction, SchemaObject, Validator } from './types.ts';

/** Options of {@link sample}. */
export interface SampleOptions {
  /** @default 'response' */
  direction?: Direction;
  /**
   * Use the schema's own `example` when it validates.
   * @default true
   */
  useExample?: boolean;
}

const validators = {
  request: new WeakMap<SchemaObject, Validator>(),
  response: new WeakMap<SchemaObject, Validator>(),
};

function validatorFor(schema: SchemaObject, direction: Direction): Validator {
  let validator = validators[direction].get(schema);
  if (validator === undefined) {
    validator = compileValidator(schema, { direction });
    validators[direction].set(schema, validator);
  }
  return validator;
}

/**
 * A value for the schema that is the same for the same seed: the schema's
 * `example` when it validates against the schema, else the valid arbitrary
 * drawn at that seed. Throws a `SchemaError` for an unsatisfiable schema.
 *
 * @example
 * ```ts
 * sample({ type: 'object', properties: { message: { type: 'string', example: 'Accepted.' } }, example: { message: 'Accepted.' } }, 1);
 * // → { message: 'Accepted.' }
 * ```
 */
export function sample(schema: SchemaObject, seed: number, options: SampleOptions = {}): unknown {
  const direction = options.direction ?? 'response';
  if (
    options.useExample !== false &&
    schema.example !== undefined &&
    validatorFor(schema, direction)(schema.example).valid
  ) {
    return structuredClone(schema.example);
  }
  return fc.sample(validArbitrary(schema, direction), { numRuns: 1, seed })[0];
}
