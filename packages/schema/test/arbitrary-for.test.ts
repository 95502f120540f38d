import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryFor, checkSchema, compileValidator, SchemaError } from '../src/index.ts';
import type { Direction, SchemaObject } from '../src/index.ts';
import { fixtures, pipeline } from './support/fixtures.ts';

const seed = 20251017;
const directions: Direction[] = ['request', 'response'];
const cases = fixtures.flatMap(({ name, schema }) => directions.map((direction) => ({ name, schema, direction })));

describe('arbitraryFor', () => {
  it.each(cases)(
    'valid values of $name ($direction) pass the validator',
    ({ schema, direction }: (typeof cases)[number]) => {
      const validate = compileValidator(schema, { direction });
      fc.assert(
        fc.property(arbitraryFor(schema, { direction }), (value) => {
          expect(validate(value)).toEqual({ valid: true });
        }),
        { seed, numRuns: 200 },
      );
    },
  );

  it.each(cases)(
    'invalid values of $name ($direction) fail at the stated pointer and keyword',
    ({ schema, direction }: (typeof cases)[number]) => {
      const validate = compileValidator(schema, { direction });
      fc.assert(
        fc.property(arbitraryFor(schema, { direction, mode: 'invalid' }), ({ value, violation }) => {
          const result = validate(value);
          expect(result.valid).toBe(false);
          if (!result.valid)
            expect(result.errors.map((e) => ({ pointer: e.pointer, keyword: e.keyword }))).toContainEqual(violation);
        }),
        { seed, numRuns: 200 },
      );
    },
  );

  it('covers every constraint of the dialect in invalid mode', () => {
    const keywords = new Set(
      fc.sample(arbitraryFor(pipeline, { mode: 'invalid' }), { seed, numRuns: 3000 }).map((s) => s.violation.keyword),
    );
    expect([...keywords].sort()).toEqual(
      [
        'additionalProperties',
        'enum',
        'exclusiveMinimum',
        'format',
        'maxItems',
        'maxLength',
        'maximum',
        'minItems',
        'minLength',
        'minimum',
        'pattern',
        'required',
        'type',
        'uniqueItems',
      ].sort(),
    );
  });

  it('draws optional, nullable and extra properties in valid mode', () => {
    const values = fc.sample(arbitraryFor(pipeline), { seed, numRuns: 500 }) as Array<Record<string, unknown>>;
    expect(values.some((v) => v.next_page_token === null)).toBe(true);
    expect(values.some((v) => typeof v.next_page_token === 'string')).toBe(true);
    expect(values.some((v) => v.parameters !== undefined && Object.keys(v.parameters as object).length > 0)).toBe(true);
    expect(values.some((v) => 'secret' in v)).toBe(false);
    expect(values.some((v) => 'id_only' in v)).toBe(true);
    expect(values.every((v) => Number.isSafeInteger(v.number))).toBe(true);
  });

  it('never draws readOnly properties for requests', () => {
    const values = fc.sample(arbitraryFor(pipeline, { direction: 'request' }), { seed, numRuns: 300 }) as object[];
    expect(values.some((v) => 'id_only' in v)).toBe(false);
    expect(values.some((v) => 'secret' in v)).toBe(true);
  });

  it('shrinks to the smallest value: required properties only, shortest strings', () => {
    const details = fc.check(
      fc.property(arbitraryFor(pipeline), () => false),
      { seed },
    );
    expect(details.counterexample?.[0]).toEqual({
      id: '00000000-0000-1000-8000-000000000000',
      number: 1,
      state: 'created',
      created_at: '1970-01-01T00:00:00.000Z',
    });
  });

  const unsatisfiable: Array<{ given: SchemaObject; want: string }> = [
    { given: { type: 'string', enum: [] }, want: 'UNSATISFIABLE_SCHEMA' },
    { given: { type: 'integer', minimum: 5, maximum: 1 }, want: 'UNSATISFIABLE_SCHEMA' },
    {
      given: {
        type: 'object',
        additionalProperties: false,
        oneOf: [{ type: 'object', required: ['id'], properties: { id: { type: 'string' } } }],
      },
      want: 'UNSATISFIABLE_SCHEMA',
    },
  ];
  it.each(unsatisfiable)('refuses an unsatisfiable schema $given with $want', ({ given, want }) => {
    expect(() => arbitraryFor(given)).toThrow(SchemaError);
    try {
      arbitraryFor(given);
    } catch (error) {
      expect((error as SchemaError).code).toBe(want);
    }
  });

  it('says when nothing can break a schema', () => {
    expect(() => arbitraryFor({}, { mode: 'invalid' })).toThrow(/no value breaks/);
    expect(checkSchema({}, { runs: 10 }).notChecked).toEqual([
      expect.objectContaining({ mode: 'invalid', code: 'NO_INVALID_VALUE' }),
    ]);
  });
});
