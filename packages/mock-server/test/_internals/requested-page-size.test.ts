import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE, requestedPageSize } from '../../src/_internals/requested-page-size.ts';

describe('requestedPageSize', () => {
  const table: Array<{ given: Record<string, unknown>; want: number }> = [
    { given: {}, want: 20 },
    { given: { 'page-size': 5 }, want: 5 },
    { given: { limit: 7 }, want: 7 },
    { given: { 'page-size': 1 }, want: 1 },
    { given: { 'page-size': 1000 }, want: MAX_PAGE_SIZE },
    { given: { 'page-size': 0 }, want: 20 },
    { given: { limit: -3 }, want: 20 },
    { given: { 'page-size': 2.5 }, want: 20 },
    { given: { 'page-size': '5' }, want: 20 },
    { given: { 'page-token': 'abc' }, want: 20 },
  ];
  it.each(table)('$given → $want', ({ given, want }) => expect(requestedPageSize(given, 20)).toBe(want));
});
