import { describe, expect, it } from 'vitest';
import { median, target } from '../src/harness.js';

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
