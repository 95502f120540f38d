import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryFor, checkSchema, compileValidator, SchemaError } from '../src/index.ts';
import type { Direction, SchemaObject } from '../src/index.ts';
import { fixtures, pipeline } from './support/fixtures.ts';
import {
  attachment,
  closed,
  constants,
  everything,
  flagAndDate,
  kinded,
  nameOnly,
  passThrough,
  payment,
  position,
  versionedCounts,
} from './support/openapi-31.ts';

const seed = 20251017;
const directions: Direction[] = ['request', 'response'];
/** The 2020-12 keywords of the internal form, and those that pass through it. */
const fixtures2020: Array<{ name: string; schema: SchemaObject }> = [
  { name: 'prefixItems, no more items', schema: position },
  { name: 'prefixItems, unique rest', schema: versionedCounts },
  { name: 'prefixItems, any rest', schema: flagAndDate },
  { name: 'prefixItems, second position nothing', schema: nameOnly },
  { name: 'dependentRequired', schema: payment },
  { name: 'dependentRequired on a required key', schema: kinded },
  { name: 'contentEncoding, contentMediaType', schema: attachment },
  { name: 'const', schema: constants },
  { name: 'not: {}', schema: closed },
  ...Object.entries(passThrough).map(([name, schema]) => ({ name: `${name} (passes through)`, schema })),
  { name: 'all of them nested', schema: everything },
];
const cases = [...fixtures, ...fixtures2020].flatMap(({ name, schema }) =>
  directions.map((direction) => ({ name, schema, direction })),
);

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

  it.each([
    { name: 'position', schema: position, want: ['items', 'maximum', 'minItems', 'minimum', 'type'] },
    {
      name: 'versionedCounts',
      schema: versionedCounts,
      want: ['enum', 'maxItems', 'maximum', 'minimum', 'type', 'uniqueItems'],
    },
    { name: 'flagAndDate', schema: flagAndDate, want: ['format', 'maxItems', 'type'] },
    { name: 'nameOnly', schema: nameOnly, want: ['minLength', 'not', 'type'] },
    {
      name: 'payment',
      schema: payment,
      want: ['additionalProperties', 'dependentRequired', 'format', 'minLength', 'not', 'pattern', 'required', 'type'],
    },
    { name: 'kinded', schema: kinded, want: ['dependentRequired', 'enum', 'maxLength', 'minimum', 'required', 'type'] },
    {
      name: 'attachment',
      schema: attachment,
      want: ['contentEncoding', 'contentMediaType', 'maxLength', 'minLength', 'required', 'type'],
    },
    { name: 'constants', schema: constants, want: ['enum', 'required', 'type'] },
    { name: 'closed', schema: closed, want: ['additionalProperties', 'not', 'type'] },
    ...Object.entries(passThrough).map(([name, schema]) => ({ name, schema, want: ['type'] })),
  ])('breaks every constraint of $name that it can break alone: $want', ({ schema, want }) => {
    const keywords = new Set(
      fc.sample(arbitraryFor(schema, { mode: 'invalid' }), { seed, numRuns: 3000 }).map((s) => s.violation.keyword),
    );
    expect([...keywords].sort()).toEqual(want);
  });

  it('draws prefixItems by position, and no more items where items allows none', () => {
    const positions = fc.sample(arbitraryFor(position), { seed, numRuns: 300 }) as number[][];
    expect(positions.every((p) => p.length === 2 && Math.abs(p[0]!) <= 180 && Math.abs(p[1]!) <= 90)).toBe(true);
    const counts = fc.sample(arbitraryFor(versionedCounts), { seed, numRuns: 300 }) as unknown[][];
    expect(counts.every((c) => c.length === 0 || c[0] === 'v1')).toBe(true);
    expect(counts.some((c) => c.length >= 3)).toBe(true);
    expect(counts.every((c) => new Set(c).size === c.length && c.length <= 5)).toBe(true);
    const names = fc.sample(arbitraryFor(nameOnly), { seed, numRuns: 300 }) as unknown[][];
    expect(new Set(names.map((n) => n.length))).toEqual(new Set([0, 1]));
    const flagged = fc.sample(arbitraryFor(flagAndDate), { seed, numRuns: 300 }) as unknown[][];
    expect(flagged.some((f) => f.length > 2)).toBe(true);
  });

  it('draws the dependents of every key present (dependentRequired), and the keys now and then', () => {
    for (const direction of directions) {
      const values = fc.sample(arbitraryFor(payment, { direction }), { seed, numRuns: 500 }) as Array<
        Record<string, unknown>
      >;
      for (const value of values) {
        if ('credit_card' in value) expect(value).toHaveProperty('billing_address');
        if ('credit_card' in value) expect(value).toHaveProperty('cvv');
        if ('billing_address' in value) expect(value).toHaveProperty('name');
      }
      expect(values.some((value) => 'credit_card' in value)).toBe(true);
    }
    const kinds = fc.sample(arbitraryFor(kinded), { seed, numRuns: 300 }) as Array<Record<string, unknown>>;
    expect(kinds.every((value) => 'detail' in value)).toBe(true);
    expect(kinds.every((value) => !('count' in value) || 'unit' in value)).toBe(true);
    expect(kinds.some((value) => 'count' in value)).toBe(true);
  });

  it('never draws a property whose schema allows nothing', () => {
    const values = fc.sample(arbitraryFor(everything), { seed, numRuns: 300 }) as Array<Record<string, unknown>>;
    const payments = values.map((v) => v.payment).filter((p): p is Record<string, unknown> => p !== undefined);
    const closedOnes = values.map((v) => v.closed).filter((c): c is Record<string, unknown> => c !== undefined);
    expect(payments.length).toBeGreaterThan(0);
    expect(payments.some((p) => 'legacy_token' in p)).toBe(false);
    expect(closedOnes.some((c) => 'removed' in c || Object.keys(c).some((k) => k !== 'name'))).toBe(false);
  });

  it('draws encoded content that decodes, and JSON that parses', () => {
    const values = fc.sample(arbitraryFor(attachment), { seed, numRuns: 300 }) as Array<Record<string, string>>;
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    const text = (base64: string): string => utf8.decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    for (const value of values) {
      expect(value.data).toMatch(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/);
      expect(() => JSON.parse(text(value.manifest!))).not.toThrow();
      expect(value.token).toMatch(/^[A-Za-z0-9_-]{8,40}$/);
      if (value.config !== undefined) expect(() => JSON.parse(value.config!)).not.toThrow();
    }
    expect(new Set(values.map((value) => value.data)).size).toBeGreaterThan(100);
  });

  it('draws the one value of a const (a one-value enum)', () => {
    const values = fc.sample(arbitraryFor(constants), { seed, numRuns: 100 }) as Array<Record<string, unknown>>;
    expect(values.every((v) => v.type === 'pipeline' && v.version === 3 && v.enabled === true)).toBe(true);
    expect(values.every((v) => JSON.stringify(v.shape) === '{"sides":4}')).toBe(true);
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
    // Different items from fewer values than minItems: refused at once, not drawn for ever.
    { given: { type: 'array', uniqueItems: true, minItems: 2, items: { enum: ['y'] } }, want: 'UNSATISFIABLE_SCHEMA' },
    {
      given: { type: 'array', uniqueItems: true, minItems: 3, items: { type: 'boolean' } },
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

  it('draws different items from a few values up to as many as there are', () => {
    const schema: SchemaObject = {
      type: 'array',
      uniqueItems: true,
      minItems: 2,
      maxItems: 9,
      items: { type: 'boolean', nullable: true },
    };
    const lengths = new Set(
      fc.sample(arbitraryFor(schema), { numRuns: 50, seed: 3 }).map((list) => (list as unknown[]).length),
    );
    expect([...lengths].every((length) => length === 2 || length === 3)).toBe(true);
  });

  it('says when nothing can break a schema', () => {
    expect(() => arbitraryFor({}, { mode: 'invalid' })).toThrow(/no value breaks/);
    expect(checkSchema({}, { runs: 10 }).notChecked).toEqual([
      expect.objectContaining({ mode: 'invalid', code: 'NO_INVALID_VALUE' }),
    ]);
  });
});
