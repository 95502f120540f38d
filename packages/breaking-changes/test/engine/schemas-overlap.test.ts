import { compileValidator, validArbitrary } from '@circleci-kit/schema';
import type { SchemaObject } from '@circleci-kit/spec-loader';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayOverlap } from '../../src/engine/schemas-overlap.ts';

// Each row is held against Ajv (through @circleci-kit/schema): an overlap comes with a witness
// that both schemas accept; a disjoint pair is checked by drawing values of each and finding
// that the other refuses every one.
interface Row {
  given: string;
  a: SchemaObject;
  b: SchemaObject;
  /** A value both accept, for a pair that overlaps. */
  witness?: unknown;
}

const obj = (properties: Record<string, SchemaObject>, required: string[] = []): SchemaObject => ({
  type: 'object',
  properties,
  required,
});

const overlapping: Row[] = [
  {
    given: 'string and string with maxLength',
    a: { type: 'string' },
    b: { type: 'string', maxLength: 2 },
    witness: 'x',
  },
  { given: 'integer and number', a: { type: 'integer' }, b: { type: 'number', maximum: 3 }, witness: 1 },
  {
    given: 'two objects each requiring its own property',
    a: obj({ a: { type: 'string' } }, ['a']),
    b: obj({ b: { type: 'integer' } }, ['b']),
    witness: { a: 'x', b: 1 },
  },
  {
    given: 'two nullable scalars of other types',
    a: { type: 'string', nullable: true },
    b: { type: 'integer', nullable: true },
    witness: null,
  },
  {
    given: 'enums sharing a value',
    a: { type: 'string', enum: ['a', 'b'] },
    b: { type: 'string', enum: ['b', 'c'] },
    witness: 'b',
  },
  {
    given: 'arrays of other item types (the empty array)',
    a: { type: 'array', items: { type: 'string' } },
    b: { type: 'array', items: { type: 'integer' } },
    witness: [],
  },
  { given: 'a schema without type and an object', a: {}, b: obj({ a: { type: 'string' } }), witness: {} },
  {
    given: 'strings with different patterns',
    a: { type: 'string', pattern: '^a' },
    b: { type: 'string', pattern: 'b$' },
    witness: 'ab',
  },
];

const disjoint: Row[] = [
  { given: 'string and integer', a: { type: 'string' }, b: { type: 'integer' } },
  { given: 'enums with no common value', a: { type: 'string', enum: ['a'] }, b: { type: 'string', enum: ['b'] } },
  {
    given: 'discriminated objects (required kind of one value each)',
    a: obj({ kind: { type: 'string', enum: ['cat'] } }, ['kind']),
    b: obj({ kind: { type: 'string', enum: ['dog'] } }, ['kind']),
  },
  {
    given: 'integer ranges with no whole number in common',
    a: { type: 'integer', maximum: 3 },
    b: { type: 'number', minimum: 3.5 },
  },
  {
    given: 'string lengths that do not meet',
    a: { type: 'string', maxLength: 2 },
    b: { type: 'string', minLength: 3 },
  },
  { given: 'uuid and date strings', a: { type: 'string', format: 'uuid' }, b: { type: 'string', format: 'date' } },
  {
    given: 'a closed object and one requiring a property it refuses',
    a: { ...obj({ a: { type: 'string' } }), additionalProperties: false },
    b: obj({ b: { type: 'string' } }, ['b']),
  },
  {
    given: 'non-empty arrays of disjoint items',
    a: { type: 'array', items: { type: 'string' }, minItems: 1 },
    b: { type: 'array', items: { type: 'boolean' }, minItems: 1 },
  },
  { given: 'one nullable, one not, other types', a: { type: 'string', nullable: true }, b: { type: 'integer' } },
];

const accepts = (schema: SchemaObject, value: unknown) =>
  compileValidator(schema, { direction: 'request' })(value).valid;

describe('mayOverlap', () => {
  it.each(overlapping)('overlap: $given', ({ a, b, witness }) => {
    expect(mayOverlap(a, b, 'request')).toBe(true);
    expect(mayOverlap(b, a, 'request')).toBe(true);
    expect(accepts(a, witness)).toBe(true);
    expect(accepts(b, witness)).toBe(true);
  });

  it.each(disjoint)('disjoint: $given', ({ a, b }) => {
    expect(mayOverlap(a, b, 'request')).toBe(false);
    expect(mayOverlap(b, a, 'request')).toBe(false);
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const values = fc.sample(validArbitrary(from, 'request'), { numRuns: 50, seed: 3 });
      const validate = compileValidator(to, { direction: 'request' });
      expect(values.filter((value) => validate(value).valid)).toEqual([]);
    }
  });
});
