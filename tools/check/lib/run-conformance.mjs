// Runs one `circleci-kit conformance` process from the built CLI with a JSON
// report, and reads the report back.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { crashMessage } from './read-progress.mjs';
import { repoRoot } from './repo-root.mjs';

/** The built CLI that every check runs. */
export const cliBin = join(repoRoot, 'packages', 'cli', 'dist', 'bin.js');

/**
 * @typedef {object} ConformanceRun
 * @property {number} code the exit code (0 ok, 1 a check failed, 2 usage, 3 target unreachable)
 * @property {number} seconds wall time of the process
 * @property {any} report the parsed JSON report (format circleci-kit-conformance/1), or null when none was written
 * @property {string | undefined} problem why the run has no usable report (exit code, crash, aborted run), if so
 * @property {string} stderr the run's standard error (progress lines, and the error of a crash)
 * @property {string} dir the folder holding the report, the replay files and the output logs
 * @property {string[]} args the arguments given to the CLI
 */

/**
 * Runs `node packages/cli/dist/bin.js conformance <args> --report json=<dir>/report.json
 * --replay-dir <dir>/replays` from the repository root, with stdout and stderr
 * written to `<dir>/stdout.txt` and `<dir>/stderr.txt`. The folder is emptied
 * first, so a stale report is never read.
 *
 * @param {string[]} args conformance arguments, e.g. `['--runs', '10', '--seed', '3']`
 * @param {string} dir the run's own folder (one per parallel run: replay files are named by operation and check)
 * @param {Record<string, string>} [env] variables set for the run on top of this process's environment
 * @returns {Promise<ConformanceRun>}
 * @example
 * const run = await runConformance(['--runs', '10', '--seed', '1'], '.cache/check/seeds/seed-1');
 * if (run.report) console.log(run.report.totals);
 */
export function runConformance(args, dir, env = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const reportPath = join(dir, 'report.json');
  const shown = relative(repoRoot, dir) || '.';
  const fullArgs = [
    cliBin,
    'conformance',
    ...args,
    '--report',
    `json=${join(shown, 'report.json')}`,
    '--replay-dir',
    join(shown, 'replays'),
  ];
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, fullArgs, {
      cwd: repoRoot,
      env: { ...process.env, ...env, NO_COLOR: '1', TURBO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('close', (code, signal) => {
      writeFileSync(join(dir, 'stdout.txt'), Buffer.concat(out));
      const stderr = Buffer.concat(err).toString('utf8');
      writeFileSync(join(dir, 'stderr.txt'), stderr);
      const seconds = (performance.now() - started) / 1000;
      const exit = code ?? 1;
      let report = null;
      let problem;
      try {
        report = JSON.parse(readFileSync(reportPath, 'utf8'));
      } catch {
        const crash = crashMessage(stderr)?.split('\n')[0];
        problem = `exit ${signal ?? exit}, no JSON report${crash ? `: ${crash}` : ` (see ${join(shown, 'stderr.txt')})`}`;
      }
      if (report?.aborted) problem = `run aborted: ${report.aborted.reason}`;
      else if (report !== null && exit > 1) problem = `exit ${exit} (see ${join(shown, 'stderr.txt')})`;
      resolve({ code: exit, seconds, report, problem, stderr, dir, args });
    });
  });
}
