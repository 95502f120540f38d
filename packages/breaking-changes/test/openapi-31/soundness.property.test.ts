import { describe, expect, it } from 'vitest';
import { schemaPair31 } from '../support/soundness/openapi-31-pairs.ts';
import { runProperty } from '../support/soundness/run-property.ts';

// The soundness property of `test/soundness.property.test.ts`, on the keywords 3.1 brings to the
// internal form (exclusive bounds, prefixItems and a closed tail, dependentRequired, type lists):
// no breaking change reported on a side ⇒ no value crosses that side, as @circleci-kit/schema's
// validators judge it.
describe('diffSpecs soundness on 3.1 keywords', () => {
  it('holds for 1000 generated pairs (seed 31)', () => {
    const figures = runProperty(1000, 31, 8, schemaPair31);
    const unexplained = figures.counterexamples.filter((c) => c.gap === undefined);
    expect(
      unexplained.map((c) => ({ side: c.side, edits: c.pair.edits, old: c.pair.old, new: c.pair.new, value: c.value })),
    ).toEqual([]);
    expect(figures.premise / figures.sides).toBeGreaterThan(0.5);
    expect(figures.premise).toBeLessThan(figures.sides);
  });
});
