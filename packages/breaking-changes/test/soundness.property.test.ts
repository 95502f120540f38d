import { describe, expect, it } from 'vitest';
import { runProperty } from './support/soundness/run-property.ts';

// The property: for a schema pair (old, new) on a POST body and its 200 response,
// - no request change at error or warn ⇒ every value old accepts as a request, new accepts;
// - no response change at error or warn ⇒ every value new may send as a response, old accepts.
describe('diffSpecs soundness against @circleci-kit/schema', () => {
  it('holds for 1500 generated pairs (seed 1)', () => {
    const figures = runProperty(1500, 1);
    const unexplained = figures.counterexamples.filter((c) => c.gap === undefined);
    expect(
      unexplained.map((c) => ({ side: c.side, edits: c.pair.edits, old: c.pair.old, new: c.pair.new, value: c.value })),
    ).toEqual([]);
    // The premise must hold often enough for the property to say something.
    expect(figures.premise / figures.sides).toBeGreaterThan(0.5);
    expect(figures.premise).toBeLessThan(figures.sides);
    console.log(
      `runs ${figures.runs}, skipped ${figures.skipped}, known gaps ${figures.gaps}, premise ${figures.premise}/${figures.sides}, counterexamples ${figures.counterexamples.length} (all in known gaps), ${Math.round(figures.ms)} ms`,
    );
  });
});
