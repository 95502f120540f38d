/**
 * The self-check of one schema: valid samples must pass its validator,
 * invalid samples must fail it at the stated pointer and keyword.
 */
import fc from 'fast-check';
import { arbitraryFor } from './arbitrary-for.ts';
import { compileValidator } from './compile-validator.ts';
import { SchemaError } from './schema-error.ts';
import type { Direction, SchemaObject, Validator } from './types.ts';

/** Options of {@link checkSchema}. */
export interface CheckSchemaOptions {
  /** @default 'response' */
  direction?: Direction;
  /**
   * Samples drawn per mode.
   * @default 200
   */
  runs?: number;
  /**
   * fast-check seed, so that a failure can be replayed.
   * @default 42
   */
  seed?: number;
  /**
   * The validator to check against.
   * @default compileValidator(schema, { direction })
   */
  validator?: Validator;
}

/** One sample that the validator judged otherwise than the arbitrary said. */
export interface CheckFailure {
  mode: 'valid' | 'invalid';
  value: unknown;
  message: string;
}

/** What {@link checkSchema} found. */
export interface CheckSchemaResult {
  validRuns: number;
  invalidRuns: number;
  /** Modes that could not run, with the reason (an unsatisfiable schema, a schema nothing breaks). */
  notChecked: Array<{ mode: 'valid' | 'invalid'; code: string; reason: string }>;
  failures: CheckFailure[];
}

function draw<T>(arbitrary: () => fc.Arbitrary<T>, runs: number, seed: number): T[] {
  return fc.sample(arbitrary(), { numRuns: runs, seed });
}

/**
 * Draws `runs` valid and `runs` invalid samples and checks each against the
 * validator. Never throws for a schema it cannot sample: it says why in
 * `notChecked`.
 *
 * @example
 * ```ts
 * const result = checkSchema({ type: 'string', format: 'uuid' }, { runs: 50 });
 * result.failures.length; // 0
 * ```
 */
export function checkSchema(schema: SchemaObject, options: CheckSchemaOptions = {}): CheckSchemaResult {
  const direction = options.direction ?? 'response';
  const runs = options.runs ?? 200;
  const seed = options.seed ?? 42;
  const validate = options.validator ?? compileValidator(schema, { direction });
  const result: CheckSchemaResult = { validRuns: 0, invalidRuns: 0, notChecked: [], failures: [] };
  const attempt = (mode: 'valid' | 'invalid', run: () => void): void => {
    try {
      run();
    } catch (error) {
      if (!(error instanceof SchemaError)) throw error;
      result.notChecked.push({ mode, code: error.code, reason: error.message });
    }
  };
  attempt('valid', () => {
    for (const value of draw(() => arbitraryFor(schema, { direction }), runs, seed)) {
      result.validRuns++;
      const outcome = validate(value);
      if (!outcome.valid)
        result.failures.push({ mode: 'valid', value, message: outcome.errors.map((e) => e.message).join('; ') });
    }
  });
  attempt('invalid', () => {
    for (const sample of draw(() => arbitraryFor(schema, { direction, mode: 'invalid' }), runs, seed)) {
      result.invalidRuns++;
      const outcome = validate(sample.value);
      const { pointer, keyword } = sample.violation;
      if (outcome.valid) {
        result.failures.push({
          mode: 'invalid',
          value: sample.value,
          message: `passed, but should break ${keyword} at ${pointer || '(root)'}`,
        });
      } else if (!outcome.errors.some((e) => e.pointer === pointer && e.keyword === keyword)) {
        const got = outcome.errors.map((e) => `${e.keyword} at ${e.pointer || '(root)'}`).join(', ');
        result.failures.push({
          mode: 'invalid',
          value: sample.value,
          message: `should break ${keyword} at ${pointer || '(root)'}, broke ${got}`,
        });
      }
    }
  });
  return result;
}
