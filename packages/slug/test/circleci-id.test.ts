import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCircleciId } from '../src/index.ts';
import { circleciId } from './support/arbitraries.ts';

describe('isCircleciId', () => {
  it.each([
    { given: '43G3lM5RtfFE7v5sa4nWAU', want: true },
    { given: '44n9wujWcTnVZ2b5S8Fnat', want: true },
    { given: 'abcdefghijklmnopqrst', want: true },
    { given: 'abcdefghijklmnopqrs', want: false },
    { given: '0123456789abcdefghijklm', want: false },
    { given: '43G3lM5RtfFE7v5sa4nWA_', want: false },
    { given: '5034460f-c7c4-4c43-9457-de07e2029e7b', want: true },
    { given: '5034460F-C7C4-4C43-9457-DE07E2029E7B', want: true },
    { given: '5034460fc7c44c439457de07e2029e7b', want: false },
    { given: '5034460g-c7c4-4c43-9457-de07e2029e7b', want: false },
    { given: '{5034460f-c7c4-4c43-9457-de07e2029e7b}', want: false },
    { given: 'my-org', want: false },
    { given: 42, want: false },
  ])('$given → $want', ({ given, want }) => {
    expect(isCircleciId(given)).toBe(want);
  });

  it('holds for every generated id', () => {
    fc.assert(fc.property(circleciId, isCircleciId), { seed: 351, numRuns: 2_000 });
  });
});
