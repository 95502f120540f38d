import { describe, expect, it } from 'vitest';
import { stepLcm, whole } from '../../src/engine/step-arithmetic.ts';
import { diffSpecs } from '../../src/index.ts';
import { obj, requestPair } from '../support/build-spec.ts';

/** Whether `value` is a whole multiple of `step`, counted in hundredths so the check is exact. */
const divides = (step: number, value: number) => Math.round(value * 100) % Math.round(step * 100) === 0;

describe('stepLcm', () => {
  const steps = [0.01, 0.05, 0.1, 0.2, 0.25, 0.3, 0.5, 1, 2, 2.5, 3, 4, 6];
  it.each(steps.flatMap((a) => steps.map((b) => [a, b] as const)))(
    'the multiples of stepLcm(%s, %s) are exactly the numbers both allow, up to 60',
    (a, b) => {
      const lcm = stepLcm(a, b)!;
      for (let hundredths = 1; hundredths <= 6000; hundredths++) {
        const value = hundredths / 100;
        expect(divides(lcm, value), `${value}`).toBe(divides(a, value) && divides(b, value));
      }
    },
  );

  it('gives up on a step that is no short decimal', () => {
    expect(stepLcm(1 / 3, 2)).toBeUndefined();
    expect(whole(0.05 / 0.01)).toBe(5);
    expect(whole(0.3 / 0.2)).toBeUndefined();
  });

  it('lets allOf parts meet at their least common multiple in a diff', () => {
    const count = (...parts: number[]) =>
      obj({ count: { allOf: parts.map((multipleOf) => ({ type: 'integer', multipleOf })) } });
    // Multiples of 6 before, of 6 again (2 and 3 → 3 and 2): no change.
    expect(diffSpecs(...requestPair(count(2, 3), count(3, 2)))).toEqual([]);
    // Multiples of 6 before, of 12 after: a request that sent 6 is refused.
    expect(diffSpecs(...requestPair(count(2, 3), count(4, 3))).map((c) => c.id)).toEqual([
      'request-multiple-of-tightened',
    ]);
    expect(diffSpecs(...requestPair(count(4, 3), count(2, 3))).map((c) => c.id)).toEqual([
      'request-multiple-of-loosened',
    ]);
  });
});
