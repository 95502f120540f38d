/**
 * Whether a value fits a schema: a quick check of a scalar against the
 * schema's own keywords (type, enum, format, pattern, lengths, bounds), and
 * compiled validators, cached per schema object, for the rest.
 */
import { admitsNoValue } from '@circleci-kit/core-client';
import { compileValidator, formats, type Validator } from '@circleci-kit/schema';
import type { JsonValue, SchemaObject } from '@circleci-kit/spec-loader';

const validators = new WeakMap<SchemaObject, Validator>();

/** The response validator of a schema, compiled once per schema object. */
export function validatorFor(schema: SchemaObject): Validator {
  let validator = validators.get(schema);
  if (validator === undefined) {
    validator = compileValidator(schema, { direction: 'response' });
    validators.set(schema, validator);
  }
  return validator;
}

/** True when `value` passes the format named `name` as the validators check it (unknown formats pass). */
function passesFormat(name: string, value: string | number): boolean {
  const format = (formats as Record<string, unknown>)[name];
  if (format === undefined) return true;
  const definition =
    typeof format === 'object' && format !== null && !(format instanceof RegExp)
      ? (format as { type?: string; validate: unknown })
      : { type: 'string', validate: format };
  if ((definition.type ?? 'string') !== typeof value) return true;
  const check = definition.validate;
  if (check instanceof RegExp) return check.test(String(value));
  if (typeof check === 'function') return (check as (data: unknown) => unknown)(value) === true;
  return true;
}

const patterns = new Map<string, RegExp>();

/** True when `text` matches the pattern (compiled as the validators compile it: with the `u` flag). */
export function matchesPattern(pattern: string, text: string): boolean {
  let regex = patterns.get(pattern);
  if (regex === undefined) {
    regex = new RegExp(pattern, 'u');
    patterns.set(pattern, regex);
  }
  return regex.test(text);
}

function fitsString(value: string, schema: SchemaObject): boolean {
  const length = [...value].length;
  if (schema.minLength !== undefined && length < schema.minLength) return false;
  if (schema.maxLength !== undefined && length > schema.maxLength) return false;
  if (schema.pattern !== undefined && !matchesPattern(schema.pattern, value)) return false;
  return schema.format === undefined || passesFormat(schema.format, value);
}

function fitsNumber(value: number, schema: SchemaObject): boolean {
  if (!Number.isFinite(value)) return false;
  if (schema.type === 'integer' && !Number.isInteger(value)) return false;
  const { minimum, maximum } = schema;
  if (minimum !== undefined && (schema.exclusiveMinimum === true ? value <= minimum : value < minimum)) return false;
  if (maximum !== undefined && (schema.exclusiveMaximum === true ? value >= maximum : value > maximum)) return false;
  if (schema.multipleOf !== undefined && !Number.isInteger(value / schema.multipleOf)) return false;
  return schema.format === undefined || passesFormat(schema.format, value);
}

/**
 * True when a string, number, boolean or null fits a schema that has no
 * `allOf`/`oneOf`/`anyOf`/`not` (merge those first), or is `{ not: {} }`,
 * which nothing fits. Objects and arrays give false: check them with
 * {@link validatorFor}.
 *
 * @example
 * fitsScalar('1h', { type: 'string', pattern: '^[0-9]+h$' }); // → true
 * fitsScalar(3, { type: 'integer', maximum: 2 }); // → false
 */
export function fitsScalar(value: JsonValue | undefined, schema: SchemaObject): boolean {
  if (value === undefined || (typeof value === 'object' && value !== null) || admitsNoValue(schema)) return false;
  if (value === null) return schema.nullable === true || (schema.type === undefined && schema.enum === undefined);
  if (schema.enum !== undefined && !schema.enum.includes(value)) return false;
  const { type } = schema;
  if (type === undefined) {
    if (typeof value === 'string') return fitsString(value, schema);
    if (typeof value === 'number') return fitsNumber(value, schema);
    return true;
  }
  switch (type) {
    case 'string':
      return typeof value === 'string' && fitsString(value, schema);
    case 'integer':
    case 'number':
      return typeof value === 'number' && fitsNumber(value, schema);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
    case 'object':
      return false;
  }
}

/**
 * True when `value` (a spec `example` or `default`) fits the schema: the
 * quick check for scalars, the compiled validator of the original schema
 * object for objects and arrays. Scalars skip the compiler because one
 * compile costs about 10 ms and a spec holds hundreds of scalar examples.
 */
export function fitsSchema(value: JsonValue, node: SchemaObject, original: SchemaObject): boolean {
  if (typeof value !== 'object' || value === null) return fitsScalar(value, node);
  return validatorFor(original)(value).valid;
}

/**
 * Whether a value is valid for a schema: the quick check for a scalar
 * against a schema without compositions, the compiled validator otherwise.
 *
 * @example
 * fitsField({ type: 'string', enum: ['GitHub', 'Bitbucket'] }, 'GitHub'); // → true
 */
export function fitsField(schema: SchemaObject, value: unknown): boolean {
  const composed =
    schema.allOf !== undefined || schema.oneOf !== undefined || schema.anyOf !== undefined || schema.not !== undefined;
  if (!composed && (value === null || typeof value !== 'object'))
    return fitsScalar(value as JsonValue | undefined, schema);
  return validatorFor(schema)(value).valid;
}
