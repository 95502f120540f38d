import { describe, expect, it } from 'vitest';
import { admitsNoValue } from '../src/index.ts';

describe('admitsNoValue', () => {
  it.each([
    { schema: { not: {} }, want: true },
    { schema: { not: {}, description: 'gone' }, want: true },
    { schema: {}, want: false },
    { schema: { not: { type: 'string' } }, want: false },
    { schema: { not: [] }, want: false },
    { schema: { not: null }, want: false },
    { schema: false, want: false },
    { schema: undefined, want: false },
  ])('$schema → $want', ({ schema, want }) => {
    expect(admitsNoValue(schema)).toBe(want);
  });
});
