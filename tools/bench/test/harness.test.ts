import { describe, expect, it } from 'vitest';
import { interleavedMedians, median, target } from '../src/harness.ts';

describe('median', () => {
  it.each([
    { given: [3], want: 3 },
    { given: [5, 1, 3], want: 3 },
    { given: [4, 1, 3, 2], want: 2.5 },
  ])('of $given is $want', ({ given, want }) => {
    expect(median(given)).toBe(want);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(/no values/);
  });
});

describe('target', () => {
  it.each([
    { value: 1.2, op: '<=' as const, threshold: 1.3, pass: true },
    { value: 1.4, op: '<=' as const, threshold: 1.3, pass: false },
    { value: 12, op: '>=' as const, threshold: 10, pass: true },
    { value: 9.9, op: '>=' as const, threshold: 10, pass: false },
  ])('$value $op $threshold → $pass', ({ value, op, threshold, pass }) => {
    expect(target('t', value, op, threshold).pass).toBe(pass);
  });
});

describe('interleavedMedians', () => {
  it('runs the tasks in turn, warm-up rounds first, and returns a median per task', async () => {
    const calls: string[] = [];
    const medians = await interleavedMedians(
      { a: () => void calls.push('a'), b: () => void calls.push('b') },
      { runs: 5, warmup: 1 },
    );
    expect(calls).toEqual(['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b', 'a', 'b', 'a', 'b']);
    expect(Object.keys(medians)).toEqual(['a', 'b']);
    expect(medians.a).toBeGreaterThanOrEqual(0);
  });

  it('refuses fewer than 5 measured rounds', async () => {
    await expect(interleavedMedians({ a: () => undefined }, { runs: 3 })).rejects.toThrow(/at least 5 runs/);
  });
});
