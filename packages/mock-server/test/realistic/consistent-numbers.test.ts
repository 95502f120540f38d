import { describe, expect, it } from 'vitest';
import { makeNumbersConsistent } from '../../src/realistic/consistent-numbers.ts';

describe('makeNumbersConsistent', () => {
  it('makeNumbersConsistent sorts statistics and sums totals, within the maximum', () => {
    const metrics: Record<string, unknown> = {
      min: 9,
      median: 3,
      max: 1,
      total_runs: 2,
      successful_runs: 5,
      failed_runs: 4,
    };
    makeNumbersConsistent(metrics, {});
    expect(metrics).toEqual({ min: 1, median: 3, max: 9, total_runs: 9, successful_runs: 5, failed_runs: 4 });
    const capped: Record<string, unknown> = { total: 2, success: 5, failure: 4, skipped: 0, error: 0 };
    makeNumbersConsistent(capped, { total: { type: 'integer', maximum: 3 } });
    expect(capped.total).toBe(2);
  });
});
