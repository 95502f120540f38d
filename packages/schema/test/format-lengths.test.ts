import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryFor, compileValidator, formats, SchemaError } from '../src/index.ts';
import type { InvalidSample, SchemaObject } from '../src/index.ts';

const seed = 20251017;

/**
 * The lengths each string format can and cannot have, from the grammar the
 * validators check (ajv-formats, full mode), with a witness of each length it
 * can have:
 *
 * - uuid: 8-4-4-4-12 hex digits (36), optionally after `urn:uuid:` (45).
 * - date: `YYYY-MM-DD` (10).
 * - date-time: `YYYY-MM-DDThh:mm:ss` (19), an optional fraction (`.` and at
 *   least one digit: 2 or more) and a zone of 1 (`Z`), 3 (`+hh`), 5 (`+hhmm`)
 *   or 6 (`+hh:mm`): 20, 22, 23, … but never 21 (and nothing shorter).
 * - uri: a scheme, `:` and at least one more character: 3 and up.
 * - email: one character, `@`, a label, `.` and a label: 5 and up.
 */
const table: Array<{ format: string; can: Record<number, string>; cannot: number[] }> = [
  {
    format: 'uuid',
    can: {
      36: '5034460f-c7c4-4c43-9457-de07e2029e7b',
      45: 'urn:uuid:5034460f-c7c4-4c43-9457-de07e2029e7b',
    },
    cannot: [0, 1, 35, 37, 44, 46, 80],
  },
  { format: 'date', can: { 10: '2024-02-29' }, cannot: [0, 9, 11, 20, 24] },
  {
    format: 'date-time',
    can: {
      20: '2024-01-01T00:00:00Z',
      22: '2024-01-01T00:00:00+01',
      23: '2024-01-01T00:00:00.25Z',
      24: '2024-01-01T00:00:00.000Z',
      25: '2024-01-01T00:00:00+01:00',
      60: `2024-01-01T00:00:00.${'1'.repeat(39)}Z`,
    },
    cannot: [0, 10, 19, 21],
  },
  {
    format: 'uri',
    can: {
      3: 'a:b',
      4: 'x:/y',
      11: 'http://a.io',
      12: 'https://a.io',
      200: `https://a.io/${'b'.repeat(187)}`,
    },
    cannot: [0, 1, 2],
  },
  {
    format: 'email',
    can: { 5: 'a@b.c', 6: 'a@b.io', 7: 'a@b.com', 64: `${'a'.repeat(52)}@example.com` },
    cannot: [0, 1, 4],
  },
];

const exactly = (format: string, length: number): SchemaObject => ({
  type: 'string',
  format,
  minLength: length,
  maxLength: length,
});
const canCases = table.flatMap(({ format, can }) => Object.keys(can).map((length) => ({ format, length: +length })));
const cannotCases = table.flatMap(({ format, cannot }) => cannot.map((length) => ({ format, length })));

/** The error `build` throws. */
function thrown(build: () => unknown): SchemaError {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(SchemaError);
    return error as SchemaError;
  }
  throw new Error('nothing was thrown');
}

/** The lengths of the values drawn, each checked to be valid. */
function drawnLengths(schema: SchemaObject, runs = 200): Set<number> {
  const validate = compileValidator(schema);
  const lengths = new Set<number>();
  fc.assert(
    fc.property(arbitraryFor(schema), (value) => {
      expect(validate(value)).toEqual({ valid: true });
      lengths.add([...(value as string)].length);
    }),
    { seed, numRuns: runs },
  );
  return lengths;
}

describe('format lengths', () => {
  it('covers every string format the validators check', () => {
    const stringFormats = Object.entries(formats)
      .filter(([, format]) => !(typeof format === 'object' && 'type' in format && format.type === 'number'))
      .map(([name]) => name);
    expect(table.map(({ format }) => format).sort()).toEqual(stringFormats.sort());
  });

  it.each(canCases)('a $length-character witness of $format is valid', ({ format, length }) => {
    const witness = table.find((row) => row.format === format)!.can[length]!;
    expect([...witness].length).toBe(length);
    expect(compileValidator({ type: 'string', format })(witness)).toEqual({ valid: true });
  });

  it.each(canCases)('$format can be $length characters long: valid values of that length are drawn', (row) => {
    expect([...drawnLengths(exactly(row.format, row.length), 50)]).toEqual([row.length]);
  });

  it.each(cannotCases)('$format cannot be $length characters long: UNSATISFIABLE_SCHEMA', ({ format, length }) => {
    const error = thrown(() => arbitraryFor(exactly(format, length)));
    expect(error.code).toBe('UNSATISFIABLE_SCHEMA');
    expect(error.message).toContain(`format ${format} (`);
    expect(error.message).toContain(`conflicts with minLength ${length} and maxLength ${length}`);
  });

  it.each([
    { bounds: { maxLength: 20 }, format: 'date-time', want: [20] },
    { bounds: { maxLength: 22 }, format: 'date-time', want: [20, 22] },
    { bounds: { minLength: 21, maxLength: 23 }, format: 'date-time', want: [22, 23] },
    { bounds: { minLength: 1 }, format: 'date-time', want: [24] },
    { bounds: { minLength: 37 }, format: 'uuid', want: [45] },
    { bounds: { maxLength: 44 }, format: 'uuid', want: [36] },
    { bounds: { minLength: 36, maxLength: 45 }, format: 'uuid', want: [36] },
    { bounds: { maxLength: 4 }, format: 'uri', want: [3, 4] },
    { bounds: { minLength: 12, maxLength: 13 }, format: 'uri', want: [12, 13] },
    { bounds: { maxLength: 6 }, format: 'email', want: [5, 6] },
    { bounds: { minLength: 28, maxLength: 30 }, format: 'email', want: [28, 29, 30] },
  ])('$format with $bounds draws valid values of the lengths $want only', ({ bounds, format, want }) => {
    expect([...drawnLengths({ type: 'string', format, ...bounds })].sort((a, b) => a - b)).toEqual(want);
  });

  it.each(table.map(({ format }) => ({ format })))(
    '$format with only a high minLength draws long enough values',
    ({ format }) => {
      const minLength = format === 'uuid' ? 45 : format === 'date' ? 10 : 100;
      for (const length of drawnLengths({ type: 'string', format, minLength }))
        expect(length).toBeGreaterThanOrEqual(minLength);
    },
  );

  const invalidCases = table.flatMap(({ format }) =>
    [{ maxLength: 3 }, { minLength: 21, maxLength: 21 }, { minLength: 30 }, { minLength: 40, maxLength: 50 }].map(
      (bounds) => ({ format, bounds }),
    ),
  );
  it.each(invalidCases)('$format with $bounds: format violations keep within the lengths', ({ format, bounds }) => {
    const schema: SchemaObject = { type: 'string', format, ...bounds };
    const validate = compileValidator(schema);
    const samples = fc.sample<InvalidSample>(arbitraryFor(schema, { mode: 'invalid' }), { seed, numRuns: 200 });
    for (const { value, violation } of samples) {
      if (violation.keyword === 'type') continue;
      expect(violation).toEqual({ pointer: '', keyword: 'format' });
      const length = [...(value as string)].length;
      expect(length).toBeGreaterThanOrEqual(bounds.minLength ?? 0);
      expect(length).toBeLessThanOrEqual(bounds.maxLength ?? Infinity);
      const result = validate(value);
      expect(result.valid).toBe(false);
      if (!result.valid) expect(result.errors.map((e) => e.keyword)).toEqual(['format']);
    }
  });
});
