// `pnpm check:diff-soundness`: the soundness property of `diffSpecs` (see
// packages/breaking-changes/test/soundness.property.test.ts) over many pairs. See README.md.
import { parseArgs } from 'node:util';
import { runProperty } from '../../packages/breaking-changes/test/support/soundness/run-property.ts';

const usage = `usage: tsx tools/check/diff-soundness.ts [--runs N] [--seed N] [--samples N]

Generates --runs schema pairs (default 100000) from --seed (default 1), diffs each
on a POST request body and its 200 response, and checks --samples values per side
(default 8) against @circleci-kit/schema's validators. Exits 1 on a counterexample
outside the known gaps, 2 on a bad flag.`;

let values: Record<string, string | undefined>;
try {
  ({ values } = parseArgs({
    options: { runs: { type: 'string' }, seed: { type: 'string' }, samples: { type: 'string' } },
  }));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
  process.exit(2);
}
const numbers = { runs: 100_000, seed: 1, samples: 8 };
for (const key of Object.keys(numbers) as Array<keyof typeof numbers>) {
  if (values[key] === undefined) continue;
  const n = Number(values[key]);
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`--${key} must be a whole number\n\n${usage}\n`);
    process.exit(2);
  }
  numbers[key] = n;
}

const figures = runProperty(numbers.runs, numbers.seed, numbers.samples);
const byGap = new Map<string, number>();
for (const c of figures.counterexamples)
  byGap.set(c.gap ?? 'unexplained', (byGap.get(c.gap ?? 'unexplained') ?? 0) + 1);
const unexplained = figures.counterexamples.filter((c) => c.gap === undefined);
console.log(`runs           ${figures.runs} (seed ${numbers.seed}, ${numbers.samples} values per side)`);
console.log(`skipped        ${figures.skipped} (a schema with no value)`);
console.log(`known gaps     ${figures.gaps} pairs`);
console.log(
  `premise held   ${figures.premise}/${figures.sides} side checks (${((100 * figures.premise) / Math.max(1, figures.sides)).toFixed(1)}%)`,
);
console.log(`counterexamples ${figures.counterexamples.length}`);
for (const [gap, count] of byGap) console.log(`  ${count}\t${gap}`);
for (const c of unexplained.slice(0, 5)) {
  console.log(JSON.stringify({ side: c.side, edits: c.pair.edits, old: c.pair.old, new: c.pair.new, value: c.value }));
}
console.log(`time           ${(figures.ms / 1000).toFixed(1)} s`);
process.exit(unexplained.length > 0 ? 1 : 0);
