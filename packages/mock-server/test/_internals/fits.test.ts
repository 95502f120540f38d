import type { JsonValue, SchemaObject } from '@circleci-kit/spec-loader';
import { describe, expect, it } from 'vitest';
import { fitsScalar } from '../../src/_internals/fits.ts';

describe('fitsScalar', () => {
  it.each([
    { value: '1h', schema: { type: 'string', pattern: '^[0-9]+h$' }, want: true },
    { value: '1x', schema: { type: 'string', pattern: '^[0-9]+h$' }, want: false },
    { value: 'nope', schema: { type: 'string', format: 'uuid' }, want: false },
    { value: 'https://a.example/b', schema: { type: 'string', format: 'uri' }, want: true },
    { value: 3, schema: { type: 'integer', maximum: 2 }, want: false },
    { value: 2, schema: { type: 'integer', maximum: 2, exclusiveMaximum: true }, want: false },
    { value: 1.5, schema: { type: 'number', multipleOf: 0.5 }, want: true },
    { value: 1.5, schema: { type: 'integer' }, want: false },
    { value: 'ab', schema: { type: 'string', minLength: 3 }, want: false },
    { value: null, schema: { type: 'string', nullable: true }, want: true },
    { value: null, schema: { type: 'string' }, want: false },
    { value: 'b', schema: { type: 'string', enum: ['a'] }, want: false },
  ] as Array<{ value: JsonValue; schema: SchemaObject; want: boolean }>)(
    'fitsScalar($value, $schema) → $want',
    ({ value, schema, want }) => expect(fitsScalar(value, schema)).toBe(want),
  );
});
