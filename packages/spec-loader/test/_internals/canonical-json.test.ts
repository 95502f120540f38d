import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/_internals/canonical-json.ts';

/** The plain definition: every value through `JSON.stringify`, object keys sorted by code unit. */
function reference(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => reference(item === undefined ? null : item)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${reference(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const PARAMS = { seed: 20251017, numRuns: 300 };

/** Any UTF-16 code unit, lone surrogates included, ASCII (the fast path) as often as not. */
const codeUnit = fc.oneof(fc.nat(0x7f), fc.nat(0xffff)).map((code) => String.fromCharCode(code));

describe('canonicalJson', () => {
  const table: Array<{ given: unknown; want: string }> = [
    { given: { b: 1, a: [1, 'x', null, true, false] }, want: '{"a":[1,"x",null,true,false],"b":1}' },
    { given: { '9': 'nine', '10': 'ten', default: 0 }, want: '{"10":"ten","9":"nine","default":0}' },
    { given: { a: undefined, b: [undefined] }, want: '{"b":[null]}' },
    { given: 'say "hi"\\\n\t\u0001\u007f', want: '"say \\"hi\\"\\\\\\n\\t\\u0001\u007f"' },
    { given: ['\ud800', '\udc00x', '😀', '\u2028'], want: '["\\ud800","\\udc00x","😀","\u2028"]' },
    { given: [-0, 1e21, 0.1, -5e-7], want: '[0,1e+21,0.1,-5e-7]' },
    { given: {}, want: '{}' },
    { given: [], want: '[]' },
  ];
  it.each(table)('writes $want', ({ given, want }) => {
    expect(canonicalJson(given)).toBe(want);
  });

  it('refuses what is not JSON data with a TypeError', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = { back: cycle };
    for (const given of [cycle, NaN, Infinity, () => 1, 1n, Symbol('s'), undefined, { a: [1, 2n] }]) {
      expect(() => canonicalJson(given)).toThrow(TypeError);
    }
  });

  it('accepts a value shared by two branches (a DAG is not a cycle)', () => {
    const shared = { z: 1, a: 2 };
    expect(canonicalJson({ x: shared, y: [shared] })).toBe('{"x":{"a":2,"z":1},"y":[{"a":2,"z":1}]}');
  });

  it('agrees with the plain definition on any JSON value, any strings (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: codeUnit }), (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      PARAMS,
    );
  });

  it('round-trips: parsing the text gives the value back, and its canonical text again', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'grapheme' }), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toStrictEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
      PARAMS,
    );
  });
});
