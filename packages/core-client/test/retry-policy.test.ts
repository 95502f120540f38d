import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  DEFAULT_RETRY,
  isIdempotent,
  parseRetryAfter,
  resolveRetry,
  type RetryOptions,
} from '../src/retry-policy.ts';

const NOW = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');

describe('parseRetryAfter', () => {
  it.each([
    { given: '0', want: 0 },
    { given: ' 120 ', want: 120_000 },
    { given: 'Wed, 21 Oct 2015 07:28:10 GMT', want: 10_000 },
    { given: 'Wed, 21 Oct 2015 07:27:00 GMT', want: 0 },
    { given: '-5', want: undefined },
    { given: '1.5', want: undefined },
    { given: 'soon', want: undefined },
    { given: null, want: undefined },
    { given: undefined, want: undefined },
  ])('$given → $want', ({ given, want }) => {
    expect(parseRetryAfter(given, NOW)).toBe(want);
  });
});

describe('resolveRetry', () => {
  it.each([
    { given: undefined, want: DEFAULT_RETRY },
    { given: true, want: DEFAULT_RETRY },
    { given: false, want: { ...DEFAULT_RETRY, maxRetries: 0 } },
    { given: 5, want: { ...DEFAULT_RETRY, maxRetries: 5 } },
    // An explicit undefined (as plain JavaScript may pass) keeps the default.
    {
      given: { unsafeMethods: true, maxRetries: undefined } as unknown as RetryOptions,
      want: { ...DEFAULT_RETRY, unsafeMethods: true },
    },
  ])('$given', ({ given, want }) => {
    expect(resolveRetry(given)).toEqual(want);
  });

  it('merges a call over a client policy', () => {
    expect(resolveRetry({ baseDelayMs: 1 }, resolveRetry(7))).toMatchObject({ maxRetries: 7, baseDelayMs: 1 });
  });
});

describe('isIdempotent', () => {
  it.each([
    ['GET', true],
    ['PUT', true],
    ['DELETE', true],
    ['HEAD', true],
    ['POST', false],
    ['PATCH', false],
  ] as const)('%s → %s', (method, want) => {
    expect(isIdempotent(method)).toBe(want);
  });
});

describe('backoffDelay', () => {
  it('is full jitter: in [0, min(maxDelayMs, baseDelayMs × 2ⁿ)) for any random draw', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 120_000 }),
        (retry, draw, baseDelayMs, maxDelayMs) => {
          const policy = { ...DEFAULT_RETRY, baseDelayMs, maxDelayMs };
          const delay = backoffDelay(retry, policy, () => draw);
          const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** retry);
          return Number.isInteger(delay) && delay >= 0 && delay < ceiling;
        },
      ),
      { seed: 5, numRuns: 2000 },
    );
  });

  it('grows exponentially up to the cap', () => {
    const half = () => 0.5;
    expect([0, 1, 2, 3, 10].map((n) => backoffDelay(n, DEFAULT_RETRY, half))).toEqual([250, 500, 1000, 2000, 15_000]);
  });
});
