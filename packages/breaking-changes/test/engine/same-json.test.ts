import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameJson } from '../../src/engine/same-json.ts';

/** A recursive schema as the loader leaves it: `node.items` is the node itself. */
function recursive(type: string): Record<string, unknown> {
  const node: Record<string, unknown> = { type: 'array' };
  node.items = { anyOf: [{ type }, node] };
  return node;
}

describe('sameJson', () => {
  it('ignores key order and compares arrays in order', () => {
    expect(sameJson({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });

  it('ends on cycles, equal when written alike and not when they differ', () => {
    expect(sameJson(recursive('string'), recursive('string'))).toBe(true);
    expect(sameJson(recursive('string'), recursive('integer'))).toBe(false);
  });

  it('agrees with comparing JSON text of sorted copies', () => {
    const sorted = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(sorted)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.keys(value)
                .sort()
                .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
            )
          : value;
    const json = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(sameJson(a, b)).toBe(JSON.stringify(sorted(a)) === JSON.stringify(sorted(b)));
        expect(sameJson(a, structuredClone(a))).toBe(true);
      }),
      { seed: 17, numRuns: 2000 },
    );
  });
});
