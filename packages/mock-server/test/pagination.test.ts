import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageNewestFirst, pageOf } from '../src/pagination.ts';

/** Every page of a newest-first walk, appending `added` items after the first page. */
function walk(items: number[], size: number, added: number[] = []): number[] {
  const seen: number[] = [];
  let page = pageNewestFirst(items, undefined, size, 'k')!;
  seen.push(...page.items);
  items.push(...added);
  while (page.next_page_token !== null) {
    page = pageNewestFirst(items, page.next_page_token, size, 'k')!;
    seen.push(...page.items);
  }
  return seen;
}

describe('pageNewestFirst', () => {
  it.each([
    { items: [], size: 2, want: [] },
    { items: [1], size: 2, want: [1] },
    { items: [1, 2, 3], size: 2, want: [3, 2, 1] },
    { items: [1, 2, 3, 4], size: 2, want: [4, 3, 2, 1] },
  ])('$items by $size → $want', ({ items, size, want }) => {
    expect(walk([...items], size)).toEqual(want);
  });

  it('walks every item once, newest first, even when items are added between pages', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 60 }),
        fc.array(fc.integer(), { maxLength: 10 }),
        fc.integer({ min: 1, max: 12 }),
        (items, added, size) => {
          expect(walk([...items], size, added)).toEqual([...items].reverse());
        },
      ),
      { seed: 16, numRuns: 300 },
    );
  });

  it('refuses a token issued for another list, or past the end', () => {
    const token = pageNewestFirst([1, 2, 3], undefined, 1, 'a')!.next_page_token!;
    expect(pageNewestFirst([1, 2, 3], token, 1, 'b')).toBeUndefined();
    expect(pageNewestFirst([1], token, 1, 'a')).toBeUndefined();
    expect(pageNewestFirst([1, 2, 3], 'garbage', 1, 'a')).toBeUndefined();
    expect(pageOf([1, 2, 3], token, 1, 'b')).toBeUndefined();
  });
});
