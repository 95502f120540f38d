/**
 * Pact V4 files for the benches that hold a spec diff against consumers:
 * recorded by one conformance run against the embedded mock of a spec and
 * written by the pact writer, then dealt out to many consumers, each a
 * seed-driven subset of the recorded interactions.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { runConformance, type Interaction } from '@circleci-kit/conformance';
import { createPactWriter, type PactFile } from '@circleci-kit/pact';
import type { LoadedSpec } from '@circleci-kit/spec-loader';

/** Options of {@link writeBenchPacts}. */
export interface BenchPactsOptions {
  /** The spec the conformance run and the pacts' matching rules come from (the mock serves it). */
  spec: LoadedSpec;
  /** The folder the pact files go to (one per consumer). */
  dir: string;
  /** How many consumers, each with its own pact file. @default 20 */
  consumers?: number;
  /** How many HTTP interactions each pact holds, exactly. @default 500 */
  interactions?: number;
  /** Cases per property of the conformance run: 50 records about 9,000 requests, so consumers overlap little. @default 50 */
  runs?: number;
  /** The seed of the conformance run; consumer `i` draws its subset with `seed + i`. @default 1 */
  seed?: number;
}

/** What {@link writeBenchPacts} wrote. */
export interface BenchPacts {
  /** The pact files, one per consumer, in consumer order. */
  paths: string[];
  /** The consumer names, `bench-consumer-01` onwards. */
  consumers: string[];
  /** How many interactions the conformance run recorded, the pool the pacts are drawn from. */
  recorded: number;
}

/** The indices `0 … length - 1` in an order a seed decides. */
function shuffled(length: number, seed: number): number[] {
  const indices = Array.from({ length }, (_, i) => i);
  const [order] = fc.sample(fc.shuffledSubarray(indices, { minLength: length, maxLength: length }), {
    seed,
    numRuns: 1,
  });
  return order!;
}

/**
 * Writes one Pact V4 file per consumer into `dir`, each of exactly
 * `interactions` HTTP interactions. One conformance run against the
 * embedded mock of `spec` records the pool (a run per consumer would take
 * seconds each); consumer `i` takes a subset of it drawn with seed
 * `seed + i`, kept in recording order so a stateful flow's steps stay in
 * turn, and records it through {@link createPactWriter} under its own name.
 * A pact holds one interaction per description, state and status, so each
 * dealt interaction's description gets its place in the pool (`… #412`);
 * when the pool is smaller than `interactions`, it is dealt again.
 *
 * @example
 * const { paths } = await writeBenchPacts({ spec: oldSpec, dir: mkdtempSync(join(tmpdir(), 'pacts-')) });
 * paths.length; // 20, each with 500 interactions
 */
export async function writeBenchPacts(options: BenchPactsOptions): Promise<BenchPacts> {
  const { spec, dir, consumers: count = 20, interactions: size = 500, runs = 50, seed = 1 } = options;
  const pool: Interaction[] = [];
  const report = await runConformance({ spec, runs, seed, interactions: (interaction) => void pool.push(interaction) });
  if (report.totals.failed > 0 || report.totals.error > 0)
    throw new Error(`the conformance run behind the bench pacts failed ${report.totals.failed} checks`);
  if (pool.length === 0) throw new Error('the conformance run recorded no interactions');
  const paths: string[] = [];
  const consumers: string[] = [];
  for (let i = 0; i < count; i++) {
    const consumer = `bench-consumer-${String(i + 1).padStart(2, '0')}`;
    const writer = createPactWriter({ dir, spec, consumer });
    // Deal rounds of the shuffled pool: the first `size` picks, in recording order within a round.
    const order = shuffled(pool.length, seed + i);
    let dealt = 0;
    for (let round = 0; writer.size < size; round++) {
      const want = size - writer.size;
      const picks = order.slice(0, Math.min(want, pool.length)).sort((a, b) => a - b);
      for (const index of picks) {
        const interaction = pool[index]!;
        await writer.record({
          ...interaction,
          description: `${interaction.description} #${round * pool.length + index}`,
        });
        dealt++;
      }
      // Requests the writer leaves out (a bare JSON scalar body) are made up for from the rest of the round.
      if (writer.size < size && dealt >= pool.length * 4) throw new Error('the pool has too few usable interactions');
      order.push(...order.splice(0, picks.length));
    }
    const { path } = await writer.flush();
    const written = (JSON.parse(readFileSync(path, 'utf8')) as PactFile).interactions.length;
    if (written !== size) throw new Error(`${path} holds ${written} interactions, not ${size}`);
    paths.push(path);
    consumers.push(consumer);
  }
  return { paths, consumers, recorded: pool.length };
}
