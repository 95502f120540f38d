import { describe, expect, it } from 'vitest';
import { derivedUuid } from '../../src/_internals/hash.ts';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('derivedUuid', () => {
  it('gives a distinct version-4 uuid for every (ordinal, slot) pair', () => {
    const seen = new Set<string>();
    for (const ordinal of [0, 1, 2, 255, 256, 65_535, 2 ** 31, 2 ** 32 - 1]) {
      for (let slot = 0; slot < 256; slot++) {
        const id = derivedUuid(7, ordinal, slot);
        expect(id).toMatch(V4);
        seen.add(id);
      }
    }
    expect(seen.size).toBe(8 * 256);
  });

  it('depends only on its inputs, and the seed changes it', () => {
    const table = [
      { given: [1, 0, 0], same: [1, 0, 0], want: true },
      { given: [1, 0, 0], same: [2, 0, 0], want: false },
      { given: [1, 0, 0], same: [1, 1, 0], want: false },
      { given: [1, 0, 0], same: [1, 0, 1], want: false },
    ] as const;
    for (const { given, same, want } of table) {
      expect(derivedUuid(given[0], given[1], given[2]) === derivedUuid(same[0], same[1], same[2])).toBe(want);
    }
  });
});
