/**
 * Runs the soundness property over many generated pairs and tallies the
 * figures: how often the premise held, and the counterexamples.
 */
import fc from 'fast-check';
import { checkPair, type Side } from './check-pair.ts';
import { knownGap } from './known-gaps.ts';
import { schemaPair, type SchemaPair } from './schema-pairs.ts';

/** One pair on one side where no breaking change was reported and yet a value crosses. */
export interface Counterexample {
  side: Side;
  pair: SchemaPair;
  value: unknown;
  /** The known gap it falls under, if any. */
  gap?: string;
}

/** The figures of one run. */
export interface PropertyFigures {
  runs: number;
  /** Pairs with a schema that has no value at all. */
  skipped: number;
  /** Side checks made (two per pair not skipped), and those where no breaking change was reported. */
  sides: number;
  premise: number;
  /** Pairs left out as known gaps. */
  gaps: number;
  counterexamples: Counterexample[];
  ms: number;
}

/** Checks `runs` pairs drawn from `pairs` with `seed`, `samples` values per side, in chunks of 1000. */
export function runProperty(
  runs: number,
  seed: number,
  samples = 8,
  pairsOf: fc.Arbitrary<SchemaPair> = schemaPair,
): PropertyFigures {
  const started = performance.now();
  const figures: PropertyFigures = { runs, skipped: 0, sides: 0, premise: 0, gaps: 0, counterexamples: [], ms: 0 };
  for (let from = 0; from < runs; from += 1000) {
    const pairs = fc.sample(pairsOf, { numRuns: Math.min(1000, runs - from), seed: seed + from });
    pairs.forEach((pair, i) => {
      const gap = knownGap(pair);
      if (gap !== undefined) figures.gaps++;
      const verdict = checkPair(pair.old, pair.new, samples, seed + from + i);
      if (verdict.skipped) {
        figures.skipped++;
        return;
      }
      for (const side of ['request', 'response'] as const) {
        figures.sides++;
        if (!verdict[side].breaking) figures.premise++;
        const found = verdict[side].counterexample;
        if (found) figures.counterexamples.push({ side, pair, value: found.value, ...(gap ? { gap } : {}) });
      }
    });
  }
  figures.ms = performance.now() - started;
  return figures;
}
