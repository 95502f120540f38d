#!/usr/bin/env node
// `pnpm check:history-conformance`: the conformance suite against the
// embedded mock for every published version of the CircleCI spec, with a
// table per version and known exceptions. See README.md.
import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { exceptionFor, readKnownExceptions } from './lib/known-exceptions.mjs';
import { runFailureLines } from './lib/failure-lines.mjs';
import { formatDuration } from './lib/format-duration.mjs';
import { formatTable } from './lib/format-table.mjs';
import { locateFixture } from './lib/locate-fixture.mjs';
import { parseFlags } from './lib/parse-flags.mjs';
import { readHistoryIndex } from './lib/read-history-index.mjs';
import { repoRoot } from './lib/repo-root.mjs';
import { runConformance } from './lib/run-conformance.mjs';
import { runPool } from './lib/run-pool.mjs';
import { summarizeRun } from './lib/summarize-run.mjs';

const usage = `usage: node tools/check/history-conformance.mjs [--only DATE[,DATE…]] [--history DIR] [--exceptions FILE]
                                                [--runs N] [--seed N] [--jobs N] [--out DIR]

Runs \`circleci-kit conformance --spec <version> --runs 3 --seed 1\` against the
embedded mock for every version listed in <history>/INDEX.tsv (default
$CIRCLECI_KIT_SPEC_HISTORY, else specs/history in ../shared or in .fixtures,
which \`pnpm fixtures\` fills), 2 at a time, each with a JSON report under --out
(default .cache/check/history/<label>/).
--only takes dates (2019-10-23: both versions of that day), labels (2019-10-23b)
or file names. Versions named in --exceptions (default
tools/check/history-exceptions.json, { "<date, label or file>": "reason" }) are
reported as known and do not fail the script.
Exits 1 when a version outside the exceptions failed, 2 on a bad flag.`;

const flags = parseFlags(
  {
    only: { type: 'string' },
    history: { type: 'string' },
    exceptions: { type: 'string' },
    runs: { type: 'string', default: 3 },
    seed: { type: 'string', default: 1 },
    jobs: { type: 'string', default: 2 },
    out: { type: 'string' },
  },
  usage,
);

let historyDir;
let exceptions;
let versions;
try {
  // Paths given by flag or environment are relative to the working directory.
  historyDir = resolve(flags.history ?? process.env.CIRCLECI_KIT_SPEC_HISTORY ?? locateFixture('specs/history'));
  exceptions = readKnownExceptions(
    resolve(flags.exceptions ?? join(repoRoot, 'tools', 'check', 'history-exceptions.json')),
  );
  versions = readHistoryIndex(historyDir);
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}
if (flags.only !== undefined) {
  const wanted = flags.only.split(',').map((item) => item.trim());
  versions = versions.filter((v) => wanted.some((w) => w === v.date || w === v.label || w === v.file));
  if (versions.length === 0) {
    process.stderr.write(`--only ${flags.only} matches no version in ${join(historyDir, 'INDEX.tsv')}\n`);
    process.exit(2);
  }
}

const outDir = resolve(flags.out ?? join(repoRoot, '.cache', 'check', 'history'));
const started = performance.now();
console.log(
  `conformance against the embedded mock for ${versions.length} spec versions from ${historyDir}: ${flags.runs} runs, seed ${flags.seed}, ${flags.jobs} at a time; reports in ${relative(repoRoot, outDir)}/`,
);

let done = 0;
const runs = await runPool(versions, flags.jobs, async (version) => {
  const specArgs = ['--spec', relative(repoRoot, version.path)];
  const run = await runConformance(
    [...specArgs, '--runs', String(flags.runs), '--seed', String(flags.seed)],
    join(outDir, version.label),
  );
  const summary = summarizeRun(run, specArgs);
  const known = exceptionFor(exceptions, version);
  const failed = Boolean(run.problem) || summary.failed > 0;
  const counts = `${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped${summary.partial ? ` in ${summary.finished} operations before the crash` : ''}`;
  done += 1;
  console.log(
    `[${done}/${versions.length}] ${version.label}: ${run.problem ? `${run.problem} (${counts})` : counts} in ${run.seconds.toFixed(1)} s${failed && known ? ' (known)' : ''}`,
  );
  return { version, run, summary, known, failed };
});
const wall = (performance.now() - started) / 1000;

const failing = runs.filter((r) => r.failed);
if (failing.length > 0) console.log('\nfailures');
for (const { version, run, summary, known } of failing) {
  const [title, ...rest] = runFailureLines(`${version.label} (${version.file})`, run, summary);
  console.log(title);
  if (known) console.log(`  known, with reason (exception "${known.key}"): ${known.reason}`);
  for (const line of rest) console.log(line);
}

const totals = { operations: 0, passed: 0, failed: 0, skipped: 0, seconds: 0 };
const rows = runs.map(({ version, run, summary, known, failed }) => {
  const operations = summary.operations ?? version.operations;
  totals.operations += operations;
  totals.passed += summary.passed;
  totals.failed += summary.failed;
  totals.skipped += summary.skipped;
  totals.seconds += run.seconds;
  const status = summary.partial ? 'crashed: partial counts' : run.problem ? 'run did not finish' : 'FAILED';
  const note = !failed ? '' : known ? `known; ${status}` : status;
  return [version.label, operations, summary.passed, summary.failed, summary.skipped, run.seconds.toFixed(1), note];
});
console.log('');
console.log(
  formatTable(['date', 'operations', 'passed', 'failed', 'skipped', 'seconds', 'note'], rows, [
    'total',
    totals.operations,
    totals.passed,
    totals.failed,
    totals.skipped,
    totals.seconds.toFixed(1),
    '',
  ]),
);

for (const key of Object.keys(exceptions)) {
  const covered = runs.filter((r) => r.known?.key === key);
  if (covered.length > 0 && covered.every((r) => !r.failed))
    console.log(`note: known exception "${key}" passed now; the entry can go`);
  else if (flags.only === undefined && covered.length === 0)
    console.log(`note: known exception "${key}" names no version in the index`);
}

const summaryFile = join(outDir, 'summary.json');
writeFileSync(
  summaryFile,
  `${JSON.stringify(
    runs.map(({ version, run, summary, known }) => ({
      ...version,
      code: run.code,
      problem: run.problem,
      known,
      ...summary,
    })),
    null,
    2,
  )}\n`,
);

const unexpected = failing.filter((r) => !r.known);
const knownFailing = failing.length - unexpected.length;
console.log(
  `\n${versions.length} versions, ${versions.length - failing.length} clean, ${unexpected.length} failing, ${knownFailing} known exceptions; ` +
    `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped; wall ${formatDuration(wall)}`,
);
process.exit(unexpected.length > 0 ? 1 : 0);
