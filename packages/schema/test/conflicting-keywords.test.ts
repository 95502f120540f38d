import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryFor, compileValidator, SchemaError, unsatisfiableReason, validArbitrary } from '../src/index.ts';
import type { SchemaObject } from '../src/index.ts';

const seed = 20251017;
/** A refusal is decided up front or after a bounded number of draws: well within this, even on a busy machine. */
const PROMPTLY_MS = 2000;

/** The error `build` throws, and how long it took to throw it. */
function thrown(build: () => unknown): { error: SchemaError; ms: number } {
  const started = performance.now();
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(SchemaError);
    return { error: error as SchemaError, ms: performance.now() - started };
  }
  throw new Error('nothing was thrown');
}

describe('keywords that conflict', () => {
  it('refuses a date-time of at most 3 characters at once, naming format and maxLength', () => {
    const { error, ms } = thrown(() => validArbitrary({ type: 'string', format: 'date-time', maxLength: 3 }));
    expect(ms).toBeLessThan(PROMPTLY_MS);
    expect(error.code).toBe('UNSATISFIABLE_SCHEMA');
    expect(error.message).toBe(
      'no value satisfies the schema at (root): format date-time (20 or at least 22 characters) conflicts with maxLength 3',
    );
  });

  it.each([
    {
      given: { type: 'string', format: 'uuid', minLength: 40, maxLength: 44 },
      says: 'format uuid (36 or 45 characters) conflicts with minLength 40 and maxLength 44',
    },
    {
      given: {
        type: 'object',
        required: ['day'],
        properties: { day: { type: 'string', format: 'date', maxLength: 8 } },
      },
      says: 'required property "day": format date (10 characters) conflicts with maxLength 8',
    },
    { given: { type: 'string', enum: ['created', 'errored'], maxLength: 3 }, says: 'no enum value meets maxLength 3' },
    {
      given: { type: 'string', enum: ['a1', 'b2'], pattern: '^[a-z]+$' },
      says: 'no enum value meets pattern "^[a-z]+$"',
    },
    { given: { type: 'string', enum: ['soon'], format: 'date' }, says: 'no enum value meets format date' },
    {
      given: { type: 'string', pattern: '^[a-z]{10}$', maxLength: 3 },
      says: 'no string meeting pattern "^[a-z]{10}$", maxLength 3 turned up in 1000 tries',
    },
    {
      given: { type: 'string', pattern: '^[0-9]+$', format: 'email' },
      says: 'no string meeting pattern "^[0-9]+$", format email turned up',
    },
    {
      given: { type: 'number', minimum: 0, maximum: 1, exclusiveMinimum: true, exclusiveMaximum: true, multipleOf: 1 },
      says: 'no multiple of 1 meets minimum 0, exclusiveMinimum, maximum 1, exclusiveMaximum, multipleOf 1',
    },
    {
      given: { type: 'number', minimum: 2, maximum: 2, exclusiveMaximum: true },
      says: 'no number meets minimum 2, maximum 2, exclusiveMaximum',
    },
    { given: { type: 'integer', minimum: 0.2, maximum: 0.8 }, says: 'no safe integer meets minimum 0.2, maximum 0.8' },
    {
      given: { type: 'integer', minimum: 1, maximum: 4, multipleOf: 5 },
      says: 'no safe integer multiple of 5 meets minimum 1, maximum 4, multipleOf 5',
    },
    {
      given: { type: 'integer', format: 'int32', minimum: 2 ** 31 },
      says: 'no safe integer meets minimum 2147483648, format int32',
    },
    { given: { not: {} }, says: 'not: {} allows no value' },
    {
      given: { type: 'object', required: ['gone'], properties: { gone: { not: {} } } },
      says: 'required property "gone": not: {} allows no value',
    },
    {
      given: { type: 'array', prefixItems: [{ type: 'string' }, { not: {} }], minItems: 2 },
      says: 'prefixItems/1 (minItems 2): not: {} allows no value',
    },
    {
      given: { type: 'array', prefixItems: [{ type: 'string' }], items: { not: {} }, minItems: 2 },
      says: 'items (minItems 2): not: {} allows no value',
    },
    {
      given: {
        type: 'object',
        required: ['card'],
        properties: { card: { type: 'string' } },
        dependentRequired: { card: ['cvv'] },
        additionalProperties: false,
      },
      says: 'property "cvv" (a dependentRequired of a required one) is required but not allowed',
    },
    {
      given: {
        type: 'object',
        required: ['card'],
        properties: { card: { type: 'string' }, cvv: { type: 'string', enum: [] } },
        dependentRequired: { card: ['cvv'] },
      },
      says: 'property "cvv" (a dependentRequired of a required one): enum lists no value',
    },
    {
      given: { type: 'string', contentEncoding: 'base64', minLength: 1, maxLength: 3 },
      says: 'contentEncoding base64 has no string of contentEncoding base64, minLength 1, maxLength 3',
    },
    {
      given: { type: 'string', contentMediaType: 'application/json', maxLength: 0 },
      says: 'no string meeting contentMediaType application/json, maxLength 0 turned up in 1000 tries',
    },
    {
      given: { type: 'string', contentEncoding: 'base64', pattern: '^-+$', minLength: 1 },
      says: 'no string meeting pattern "^-+$", contentEncoding base64, minLength 1 turned up in 1000 tries',
    },
    {
      given: { type: 'string', enum: ['not base64!'], contentEncoding: 'base64' },
      says: 'no enum value meets contentEncoding base64',
    },
    {
      given: { type: 'string', not: { type: 'string' } },
      says: 'no value drawn from its other keywords met not in 1000 tries',
    },
    {
      given: { type: 'integer', minimum: 0, maximum: 9, if: { minimum: 0 }, then: { minimum: 10 } },
      says: 'no value drawn from its other keywords met if, then in 1000 tries',
    },
  ])('refuses $given at once: $says', ({ given, says }) => {
    const { error, ms } = thrown(() => arbitraryFor(given as SchemaObject));
    expect(ms).toBeLessThan(PROMPTLY_MS);
    expect(error.code).toBe('UNSATISFIABLE_SCHEMA');
    expect(error.message).toContain(says);
    // Keywords the arbitraries only filter by are judged when the arbitrary is built, not before.
    if (!says.includes('drawn from its other keywords'))
      expect(unsatisfiableReason(given as SchemaObject, 'response')).toContain(says);
  });

  it.each([
    { type: 'string', pattern: '^[a-z]+$', minLength: 30 },
    { type: 'string', pattern: '^[a-z]+$', maxLength: 3 },
    { type: 'string', format: 'date', pattern: '^20' },
    { type: 'string', format: 'uri', pattern: '^https://' },
    { type: 'string', enum: ['ab', 'abcdef', 'xyz'], maxLength: 3 },
    { type: 'number', minimum: 0, maximum: 2, exclusiveMinimum: true, exclusiveMaximum: true, multipleOf: 1 },
    { type: 'number', minimum: 2e6, multipleOf: 3 },
    {
      type: 'object',
      properties: {
        at: { type: 'string', format: 'date-time', maxLength: 3 },
        id: { type: 'string', format: 'uuid' },
      },
    },
    {
      anyOf: [
        { type: 'string', format: 'uuid', maxLength: 10 },
        { type: 'string', format: 'date', maxLength: 10 },
      ],
    },
  ])('draws only valid values of %j, leaving out what cannot be', (given) => {
    const schema = given as SchemaObject;
    const validate = compileValidator(schema);
    const values = fc.sample(arbitraryFor(schema), { seed, numRuns: 200 });
    for (const value of values) expect(validate(value)).toEqual({ valid: true });
    if (schema.enum !== undefined) expect(new Set(values)).toEqual(new Set(['ab', 'xyz']));
    if (schema.properties !== undefined) expect(values.some((v) => 'at' in (v as object))).toBe(false);
  });

  it.each([
    { type: 'integer', format: 'int32', minimum: -(2 ** 31) },
    { type: 'integer', format: 'int32', minimum: 0, maximum: 2 ** 31 - 1 },
    { type: 'integer', minimum: 2, multipleOf: 5000 },
    { type: 'number', minimum: 0.3, multipleOf: 0.5 },
    { type: 'number', format: 'float', minimum: -3.4028234663852886e38, maximum: 0 },
    { type: 'string', format: 'uri', minLength: 30 },
    { type: 'string', format: 'email', maxLength: 10 },
    { type: 'string', pattern: '^.{0,5}$', maxLength: 5 },
  ])('draws invalid values of %j that fail where they say, without hanging', (given) => {
    const schema = given as SchemaObject;
    const validate = compileValidator(schema);
    fc.assert(
      fc.property(arbitraryFor(schema, { mode: 'invalid' }), ({ value, violation }) => {
        const result = validate(value);
        expect(result.valid).toBe(false);
        if (!result.valid)
          expect(result.errors.map((e) => ({ pointer: e.pointer, keyword: e.keyword }))).toContainEqual(violation);
      }),
      { seed, numRuns: 200 },
    );
  });
});
