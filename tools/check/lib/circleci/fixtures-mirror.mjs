import { execFileSync } from 'node:child_process';

/**
 * Writes a mirror of the fixtures' sources, made from ../shared, in the
 * raw-repository layout `pnpm fixtures --base-url` reads
 * (`circleci-kit-fixtures mirror --out DIR`); `serveDir` serves it.
 *
 * @param {string} repoRoot the checkout that has ../shared beside it
 * @param {string} out
 * @returns {string} the tool's summary line
 */
export function buildFixturesMirror(repoRoot, out) {
  return execFileSync(process.execPath, ['tools/fixtures/bin.mjs', 'mirror', '--out', out], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
}
