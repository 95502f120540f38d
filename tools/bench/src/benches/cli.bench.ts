/**
 * `pnpm bench:cli`: whole `circleci-kit` processes against a bare
 * `node -e 0`, taking turns in the same run (see `interleavedMedians`):
 * - `--version`, `--help` and `slug parse`: the start-up cost of the command
 *   line itself;
 * - `spec info` with the spec cache warm;
 * - `breaking diff` of two published versions (2025-05-14 → 2025-10-17),
 *   both in the spec cache.
 * Targets (issue 18): at most 1.5× `node -e 0` for the first three, 2× for
 * `spec info`, 3× for `breaking diff`. 25 rounds: a process's time on a
 * loaded 2-core machine varies by ±10%, and the median of 15 still moved a
 * ratio by some 0.05 from one run to the next.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import { interleavedMedians, report, target } from '../harness.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const currentSpec = locateFixture('specs/current/openapi.json');
const history = locateFixture('specs/history');
const oldSpec = join(history, 'circleci-v2-2025-05-14.json');
const newSpec = join(history, 'circleci-v2-2025-10-17.json');
const cli = join(root, 'packages', 'cli', 'dist', 'bin.js');
const cacheHome = mkdtempSync(join(tmpdir(), 'circleci-kit-bench-cli-'));
// No config file is found from a temporary folder: each command reads only what it is given.
const cwd = cacheHome;
const env = { ...process.env, XDG_CACHE_HOME: cacheHome, NO_COLOR: '1' };

/** Runs `node …args` to the end; exit codes other than 0 and 1 (changes found) stop the benchmark. */
function node(args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
}

const commands = {
  'node -e 0': ['-e', '0'],
  '--version': [cli, '--version'],
  '--help': [cli, '--help'],
  'slug parse': [cli, 'slug', 'parse', 'gh/CircleCI-Public/circleci-cli'],
  'spec info (cache warm)': [cli, 'spec', 'info', '--spec', currentSpec],
  'breaking diff (both cached)': [cli, 'breaking', 'diff', oldSpec, newSpec, '--format', 'json'],
} as const;
type Figure = keyof typeof commands;

try {
  // Fill the spec cache: the measured runs of spec info and breaking diff read from it.
  node([...commands['spec info (cache warm)']]);
  node([...commands['breaking diff (both cached)']]);
  const medians = await interleavedMedians(
    Object.fromEntries(Object.entries(commands).map(([name, args]) => [name, () => node([...args])])) as Record<
      Figure,
      () => void
    >,
    { runs: 25, warmup: 2 },
  );
  const base = medians['node -e 0'];
  const ratio = (figure: Figure) => medians[figure] / base;
  report('cli', Object.fromEntries(Object.entries(medians).map(([name, ms]) => [`${name} (ms)`, ms])), [
    target('--version / node -e 0', ratio('--version'), '<=', 1.5),
    target('--help / node -e 0', ratio('--help'), '<=', 1.5),
    target('slug parse / node -e 0', ratio('slug parse'), '<=', 1.5),
    target('spec info, cache warm / node -e 0', ratio('spec info (cache warm)'), '<=', 2),
    target('breaking diff, both cached / node -e 0', ratio('breaking diff (both cached)'), '<=', 3),
  ]);
} finally {
  rmSync(cacheHome, { recursive: true, force: true });
}
