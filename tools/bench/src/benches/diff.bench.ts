/**
 * `pnpm bench:diff`, in one run:
 * - the whole-process diff of the 2025-05-14 spec against 2025-10-17: our
 *   CLI (`circleci-kit breaking diff`, spawned, spec cache warm and cold)
 *   against `openapi-diff@0.24.1` (spawned) on the same pair;
 * - the replay of all 109 published versions (`circleci-kit breaking
 *   history`, spawned, no cache), with the log revisions.
 * - the same pair converted to OpenAPI 3.1 (`spec convert --to 3.1`),
 *   diffed by our CLI (warm and no cache): openapi-diff cannot read 3.1, so
 *   its time on the pair as published is the peer figure.
 * - the same 3.0 pair held against consumers (`breaking diff --pacts DIR`,
 *   warm and no cache): DIR holds 20 Pact V4 files of 500 HTTP interactions
 *   each (20 consumers), recorded by a conformance run against the mock of
 *   the old spec (see `bench-pacts.ts`), written before the timed rounds;
 *   the consumer findings it reports are shown, so it is seen doing work.
 * Targets (issue 9): at least 20× faster than openapi-diff; replay under 30 s;
 * the 3.1 pair, cache warm, held to the same 20×, its changes the same as
 * the 3.0 pair's; without the cache, its cost beside the 3.0 pair's is shown.
 * With `--pacts`, at most 3× the plain diff's time, cache warm and no cache.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import { loadSpec } from '@circleci-kit/spec-loader';
import { writeBenchPacts } from '../bench-pacts.ts';
import { convertedTo31 } from '../converted-spec.ts';
import { interleavedMedians, medianMs, report, target } from '../harness.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const history = locateFixture('specs/history');
const oldSpec = join(history, 'circleci-v2-2025-05-14.json');
const newSpec = join(history, 'circleci-v2-2025-10-17.json');
const cli = join(root, 'packages', 'cli', 'dist', 'bin.js');
const openapiDiff = join(root, 'tools', 'bench', 'node_modules', '.bin', 'openapi-diff');
const cacheHome = mkdtempSync(join(tmpdir(), 'circleci-kit-bench-diff-'));
const pactsDir = mkdtempSync(join(tmpdir(), 'circleci-kit-bench-diff-pacts-'));
const env = { ...process.env, XDG_CACHE_HOME: cacheHome };

/** Runs a command to the end and returns its stdout; exit codes 0 and 1 (changes found) are both fine. */
function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return result.stdout;
}

/**
 * A bare Node process that only reads and parses every pact file of a
 * folder: the least any check of those pacts costs, measured beside the
 * diff it adds to.
 */
const READ_PACTS = `const { readdirSync, readFileSync } = require('node:fs');
const dir = process.argv[1];
for (const name of readdirSync(dir)) if (name.endsWith('.json')) JSON.parse(readFileSync(dir + '/' + name, 'utf8'));`;

/** The consumer findings of a JSON diff report made with `--pacts`, and how many consumers it finds broken. */
function consumersOf(report: string): { findings: number; broken: number } {
  const { consumerFindings, consumers } = JSON.parse(report) as {
    consumerFindings: unknown[];
    consumers: Array<{ status: string }>;
  };
  return { findings: consumerFindings.length, broken: consumers.filter((c) => c.status === 'broken').length };
}

/** The changes of a JSON diff report, each as its id, level and message, in order. */
function changesOf(report: string): string[] {
  const { changes } = JSON.parse(report) as { changes: Array<{ id: string; level: string; message: string }> };
  return changes.map((change) => `${change.id} ${change.level} ${change.message}`);
}

try {
  const converted = mkdtempSync(join(tmpdir(), 'circleci-kit-bench-diff-31-'));
  const [oldSpec31, newSpec31] = [await convertedTo31(oldSpec, converted), await convertedTo31(newSpec, converted)];
  const ours =
    (from: string, to: string, ...flags: string[]) =>
    () =>
      run(process.execPath, [cli, 'breaking', 'diff', from, to, '--format', 'json', '--fail-on', 'never', ...flags]);
  const same =
    JSON.stringify(changesOf(ours(oldSpec, newSpec)())) === JSON.stringify(changesOf(ours(oldSpec31, newSpec31)()));
  // The pacts are written before any timing: their making is no part of the figure.
  const pacts = await writeBenchPacts({
    spec: await loadSpec(oldSpec),
    dir: pactsDir,
    consumers: 20,
    interactions: 500,
  });
  const withPacts = ours(oldSpec, newSpec, '--pacts', pactsDir)();
  const consumers = consumersOf(withPacts);
  if (JSON.stringify(changesOf(withPacts)) !== JSON.stringify(changesOf(ours(oldSpec, newSpec)())))
    throw new Error('breaking diff --pacts reports other changes than the plain diff: not a fair figure');
  // The peer and ours take turns, so a busy spell of the machine slows both alike.
  const { peer, warm, cold, warm31, cold31, pactsWarm, pactsCold, pactsRead } = await interleavedMedians(
    {
      peer: () => run(openapiDiff, [oldSpec, newSpec]),
      warm: ours(oldSpec, newSpec),
      cold: ours(oldSpec, newSpec, '--no-cache'),
      warm31: ours(oldSpec31, newSpec31),
      cold31: ours(oldSpec31, newSpec31, '--no-cache'),
      pactsWarm: ours(oldSpec, newSpec, '--pacts', pactsDir),
      pactsCold: ours(oldSpec, newSpec, '--no-cache', '--pacts', pactsDir),
      pactsRead: () => run(process.execPath, ['-e', READ_PACTS, pactsDir]),
    },
    { runs: 7, warmup: 1 },
  );
  rmSync(converted, { recursive: true, force: true });
  const replay = await medianMs(
    () =>
      run(process.execPath, [
        cli,
        'breaking',
        'history',
        history,
        '--log-history',
        locateFixture('fixtures/breaking-log/history'),
        '--format',
        'json',
        '--no-cache',
      ]),
    { runs: 5, warmup: 1 },
  );
  report(
    'diff',
    {
      'openapi-diff 0.24.1, whole process (ms)': peer,
      'circleci-kit breaking diff, whole process, cache warm (ms)': warm,
      'circleci-kit breaking diff, whole process, no cache (ms)': cold,
      'circleci-kit breaking history, 109 versions, no cache (ms)': replay,
      'OpenAPI 3.1 pair: breaking diff, whole process, cache warm (ms)': warm31,
      'OpenAPI 3.1 pair: breaking diff, whole process, no cache (ms)': cold31,
      // The cost of normalizing 3.1 documents to the internal form, which a cached load skips.
      'OpenAPI 3.1 pair, no cache / 3.0 pair, no cache': cold31 / cold,
      'openapi-diff on 3.0 / breaking diff on the 3.1 pair, no cache': peer / cold31,
      'OpenAPI 3.1 pair: the same changes as the 3.0 pair (1 = yes)': same ? 1 : 0,
      [`--pacts (${pacts.paths.length} pacts × 500 interactions): breaking diff, whole process, cache warm (ms)`]:
        pactsWarm,
      [`--pacts (${pacts.paths.length} pacts × 500 interactions): breaking diff, whole process, no cache (ms)`]:
        pactsCold,
      '--pacts / plain breaking diff, cache warm': pactsWarm / warm,
      '--pacts / plain breaking diff, no cache': pactsCold / cold,
      // A floor: no check of the pacts can cost less than reading and parsing them.
      'bare node reading and parsing the pacts, whole process (ms)': pactsRead,
      'bare read of the pacts / plain breaking diff, no cache': pactsRead / cold,
      '--pacts: consumer findings (interactions the new spec breaks)': consumers.findings,
      [`--pacts: consumers broken, of ${pacts.consumers.length}`]: consumers.broken,
    },
    [
      target('openapi-diff / breaking diff (cache warm)', peer / warm, '>=', 20),
      target('openapi-diff / breaking diff (no cache)', peer / cold, '>=', 20),
      target('OpenAPI 3.1: openapi-diff on 3.0 / breaking diff on 3.1 (cache warm)', peer / warm31, '>=', 20),
      target('OpenAPI 3.1: changes the same as on 3.0 (1 = yes)', same ? 1 : 0, '>=', 1),
      target('history replay of 109 versions (s)', replay / 1000, '<=', 30),
      target('--pacts / plain breaking diff (cache warm)', pactsWarm / warm, '<=', 3),
      target('--pacts / plain breaking diff (no cache)', pactsCold / cold, '<=', 3),
    ],
  );
} finally {
  rmSync(cacheHome, { recursive: true, force: true });
  rmSync(pactsDir, { recursive: true, force: true });
}
