#!/usr/bin/env node
// `pnpm check:seeds`: the conformance suite against the embedded mock, once
// per seed, with a table of the counts per seed. See README.md.
import { join, relative, resolve } from 'node:path';
import { configSpec } from './lib/config-spec.mjs';
import { runFailureLines } from './lib/failure-lines.mjs';
import { formatDuration } from './lib/format-duration.mjs';
import { formatTable } from './lib/format-table.mjs';
import { parseFlags } from './lib/parse-flags.mjs';
import { repoRoot } from './lib/repo-root.mjs';
import { runConformance } from './lib/run-conformance.mjs';
import { runPool } from './lib/run-pool.mjs';
import { summarizeRun } from './lib/summarize-run.mjs';

const usage = `usage: node tools/check/seeds.mjs [--from N] [--to N] [--runs N] [--jobs N] [--out DIR]

Runs \`circleci-kit conformance --spec <spec> --runs <runs> --seed <seed>\` against
the embedded mock for every seed from --from to --to (default 1 to 30, 10 runs,
2 at a time), each with a JSON report under --out (default
.cache/check/seeds/seed-<N>/). The spec is the one circleci-kit.config.json names
(a path into ../shared is looked for in .fixtures too, which \`pnpm fixtures\` fills).
Exits 1 when any check failed or any run did not finish, 2 on a bad flag.`;

const flags = parseFlags(
  {
    from: { type: 'string', default: 1 },
    to: { type: 'string', default: 30 },
    runs: { type: 'string', default: 10 },
    jobs: { type: 'string', default: 2 },
    out: { type: 'string' },
  },
  usage,
);
if (flags.to < flags.from) {
  process.stderr.write(`--to (${flags.to}) is below --from (${flags.from})\n\n${usage}\n`);
  process.exit(2);
}

let spec;
try {
  spec = configSpec();
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}
// Given by flag, so the runs and their repros read it from .fixtures when ../shared is not there.
const specArgs = ['--spec', /^https?:\/\//.test(spec) ? spec : relative(repoRoot, spec)];
const seeds = Array.from({ length: flags.to - flags.from + 1 }, (_, i) => flags.from + i);
const outDir = resolve(flags.out ?? join(repoRoot, '.cache', 'check', 'seeds'));
const started = performance.now();
console.log(
  `conformance against the embedded mock: seeds ${flags.from}–${flags.to}, ${flags.runs} runs each, ${flags.jobs} at a time; reports in ${relative(repoRoot, outDir)}/`,
);

let done = 0;
const runs = await runPool(seeds, flags.jobs, async (seed) => {
  const run = await runConformance(
    [...specArgs, '--runs', String(flags.runs), '--seed', String(seed)],
    join(outDir, `seed-${seed}`),
  );
  const summary = summarizeRun(run, specArgs);
  const counts = `${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped${summary.partial ? ` in ${summary.finished} operations before the crash` : ''}`;
  done += 1;
  console.log(
    `[${done}/${seeds.length}] seed ${seed}: ${run.problem ? `${run.problem} (${counts})` : counts} in ${run.seconds.toFixed(1)} s`,
  );
  return { seed, run, summary };
});
const wall = (performance.now() - started) / 1000;

const failing = runs.filter(({ run, summary }) => run.problem || summary.failed > 0);
if (failing.length > 0) console.log('\nfailures');
for (const { seed, run, summary } of failing)
  for (const line of runFailureLines(`seed ${seed}`, run, summary)) console.log(line);

const totals = { passed: 0, failed: 0, skipped: 0, seconds: 0 };
const rows = runs.map(({ seed, run, summary }) => {
  totals.passed += summary.passed;
  totals.failed += summary.failed;
  totals.skipped += summary.skipped;
  totals.seconds += run.seconds;
  const note = summary.partial
    ? 'crashed: partial counts'
    : run.problem
      ? 'run did not finish'
      : summary.failed > 0
        ? 'FAILED'
        : '';
  return [seed, summary.passed, summary.failed, summary.skipped, run.seconds.toFixed(1), note];
});
console.log('');
console.log(
  formatTable(['seed', 'passed', 'failed', 'skipped', 'seconds', 'note'], rows, [
    'total',
    totals.passed,
    totals.failed,
    totals.skipped,
    totals.seconds.toFixed(1),
    '',
  ]),
);

const pairs = new Map();
for (const { seed, summary } of runs)
  for (const failure of summary.failures) {
    const key = `${failure.operationId} × ${failure.check}`;
    pairs.set(key, [...(pairs.get(key) ?? []), seed]);
  }
if (pairs.size > 0) {
  console.log('\nfailing operation × check (seeds)');
  for (const [key, list] of [...pairs].sort()) console.log(`  ${key} (${list.join(', ')})`);
}

const badSeeds = failing.map(({ seed }) => seed);
console.log(
  `\n${seeds.length} seeds, ${seeds.length - badSeeds.length} clean, ${badSeeds.length} failing${badSeeds.length ? ` (${badSeeds.join(', ')})` : ''}; ` +
    `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped; wall ${formatDuration(wall)}`,
);
process.exit(badSeeds.length > 0 ? 1 : 0);
