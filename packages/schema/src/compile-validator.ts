/**
 * One compiled validator from one OpenAPI schema.
 */
import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import { createAjv } from './_internals/create-ajv.ts';
import { usesUnevaluated } from './_internals/subschemas.ts';
import { SchemaError } from './schema-error.ts';
import { toJsonSchema } from './to-json-schema.ts';
import { toValidationIssues } from './to-validation-issues.ts';
import type { Direction, JsonSchema, SchemaObject, ValidationResult, Validator } from './types.ts';

/** Options of {@link compileValidator}. */
export interface CompileValidatorOptions {
  /**
   * Which way the value travels (see {@link toJsonSchema}).
   * @default 'response'
   */
  direction?: Direction;
  /**
   * The Ajv instance to compile with (one per spec keeps compiled schemas
   * shared). It must read JSON Schema 2020-12 (Ajv's 2020 build), since that
   * is what {@link toJsonSchema} writes.
   * @default a new `Ajv2020` instance with the formats and content keywords
   */
  ajv?: Ajv2020;
}

const VALID: ValidationResult = Object.freeze({ valid: true });

/** Wraps an Ajv validate function (compiled or loaded from standalone code) as a {@link Validator}. */
export function wrapValidateFunction(
  validate: ValidateFunction | ((data: unknown) => boolean),
  schema: JsonSchema,
): Validator {
  const fn = validate as ValidateFunction;
  const validator = (value: unknown): ValidationResult =>
    fn(value) ? VALID : { valid: false, errors: toValidationIssues(fn.errors ?? [], value) };
  return Object.assign(validator, { schema });
}

/** Compiles a JSON Schema with Ajv, turning Ajv's exceptions into {@link SchemaError}s. */
export function compileJsonSchema(ajv: Ajv2020, schema: JsonSchema, where = ''): ValidateFunction {
  try {
    return ajv.compile(schema);
  } catch (error) {
    throw new SchemaError(
      'COMPILE_FAILED',
      `cannot compile the schema${where ? ` at ${where}` : ''}: ${(error as Error).message}`,
      where,
    );
  }
}

/**
 * Compiles one OpenAPI schema into a validator. Valid values give
 * `{ valid: true }`; invalid ones the issues found.
 *
 * @example
 * ```ts
 * const validate = compileValidator({ type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } });
 * validate({ id: 'nope' });
 * // → { valid: false, errors: [{ pointer: '/id', keyword: 'format', … }] }
 * ```
 */
export function compileValidator(schema: SchemaObject, options: CompileValidatorOptions = {}): Validator {
  const jsonSchema = toJsonSchema(schema, { direction: options.direction ?? 'response' });
  const ajv = options.ajv ?? createAjv({}, { unevaluated: usesUnevaluated([schema]) });
  return wrapValidateFunction(compileJsonSchema(ajv, jsonSchema), jsonSchema);
}
