/**
 * `pnpm bench:diff`, in one run:
 * - the whole-process diff of the 2025-05-14 spec against 2025-10-17: our
 *   CLI (`circleci-kit breaking diff`, spawned, spec cache warm and cold)
 *   against `openapi-diff@0.24.1` (spawned) on the same pair;
 * - the replay of all 109 published versions (`circleci-kit breaking
 *   history`, spawned, no cache), with the log revisions.
 * Targets (issue 9): at least 20× faster than openapi-diff; replay under 30 s.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import { interleavedMedians, medianMs, report, target } from '../harness.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const history = locateFixture('specs/history');
const oldSpec = join(history, 'circleci-v2-2025-05-14.json');
const newSpec = join(history, 'circleci-v2-2025-10-17.json');
const cli = join(root, 'packages', 'cli', 'dist', 'bin.js');
const openapiDiff = join(root, 'tools', 'bench', 'node_modules', '.bin', 'openapi-diff');
const cacheHome = mkdtempSync(join(tmpdir(), 'circleci-kit-bench-diff-'));
const env = { ...process.env, XDG_CACHE_HOME: cacheHome };

/** Runs a command to the end; exit codes 0 and 1 (changes found) are both fine. */
function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
}

try {
  const ours =
    (...flags: string[]) =>
    () =>
      run(process.execPath, [
        cli,
        'breaking',
        'diff',
        oldSpec,
        newSpec,
        '--format',
        'json',
        '--fail-on',
        'never',
        ...flags,
      ]);
  // The peer and ours take turns, so a busy spell of the machine slows both alike.
  const { peer, warm, cold } = await interleavedMedians(
    { peer: () => run(openapiDiff, [oldSpec, newSpec]), warm: ours(), cold: ours('--no-cache') },
    { runs: 7, warmup: 1 },
  );
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
    },
    [
      target('openapi-diff / breaking diff (cache warm)', peer / warm, '>=', 20),
      target('openapi-diff / breaking diff (no cache)', peer / cold, '>=', 20),
      target('history replay of 109 versions (s)', replay / 1000, '<=', 30),
    ],
  );
} finally {
  rmSync(cacheHome, { recursive: true, force: true });
}
