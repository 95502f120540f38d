#!/usr/bin/env node
// `pnpm check:fresh-clone`: a clone with no ../shared beside it, given the
// fixtures by `pnpm fixtures` from a local mirror, runs the README's two
// commands green. See README.md.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative, sep } from 'node:path';
import { formatDuration } from './lib/format-duration.mjs';
import { formatTable } from './lib/format-table.mjs';
import { parseFlags } from './lib/parse-flags.mjs';
import { readmeCommands } from './lib/readme-commands.mjs';
import { repoRoot } from './lib/repo-root.mjs';
import { runLogged, stopRunning } from './lib/run-logged.mjs';
import { serveDir } from './lib/serve-dir.mjs';
import { overlayWorkingTree } from './lib/working-tree.mjs';

const PNPM = 'npx -y pnpm@12.4.2';

const usage = `usage: node tools/check/fresh-clone.mjs [--working-tree] [--base-url URL] [--keep]

Shows that a clone with no ../shared beside it runs the README's two commands
green once \`pnpm fixtures\` has fetched the fixtures:
  clone     git clone of the repository's HEAD into
            $TMPDIR/circleci-kit-fresh-XXXX/circleci-kit/ (no ../shared there);
            --working-tree: then the working tree's files over it (tracked and
            untracked ones git does not ignore; deleted ones removed), so
            uncommitted changes are checked
  mirror    \`circleci-kit-fixtures mirror\`: the fixtures' sources in the
            raw-repository layout, made from ../shared, served on 127.0.0.1;
            --base-url URL uses that mirror instead
  install   ${PNPM} install --frozen-lockfile
  fixtures  ${PNPM} fixtures --base-url <mirror>
  then the two commands of the README's first code block (the main job, the
  test command), run as written with bash -c and CI=true: each must exit 0,
  and the test command's last line be \`N passed, 0 failed\` (N > 0; the
  \`, M skipped\` the test command adds when tests were skipped is allowed).
Each step's output goes to .cache/check/fresh-clone/<step>.log. The temporary
folder is removed at the end unless --keep is given. Exits 0 when every step
passed, 1 when one failed, 2 on a bad flag.`;

const flags = parseFlags(
  { 'working-tree': { type: 'boolean' }, 'base-url': { type: 'string' }, keep: { type: 'boolean' } },
  usage,
);
if (flags['base-url'] !== undefined && !/^https?:\/\/[^/]/.test(flags['base-url'])) {
  process.stderr.write(`--base-url takes an http(s) URL, got ${flags['base-url']}\n\n${usage}\n`);
  process.exit(2);
}

const logDir = join(repoRoot, '.cache', 'check', 'fresh-clone');
rmSync(logDir, { recursive: true, force: true });
mkdirSync(logDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'circleci-kit-fresh-'));
const clone = join(work, 'circleci-kit');

// What `pnpm check:fresh-clone` puts in the environment points at this repository (its bin folder on PATH,
// package and script variables); the clone's commands get the machine's environment without it.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) =>
      !/^npm_(package|lifecycle|execpath|node_execpath|command)/.test(name) &&
      !['INIT_CWD', 'PNPM_SCRIPT_SRC_DIR', 'CIRCLECI_OPENAPI_SPEC', 'CIRCLECI_KIT_SPEC_HISTORY'].includes(name),
  ),
);
env.PATH = (process.env.PATH ?? '')
  .split(delimiter)
  .filter((dir) => dir !== repoRoot && !dir.startsWith(`${repoRoot}${sep}`))
  .join(delimiter);
env.CI = 'true';

/** @type {Array<{ step: string, seconds: number, ok: boolean | undefined, result: string }>} */
const steps = [];
const logOf = (step) => join(logDir, `${step.replace(/\s+/g, '-')}.log`);
const shown = (path) => relative(repoRoot, path);
/** The lines of a log, colour codes left out, trimmed, blank ones dropped. */
const logLines = (file) =>
  readFileSync(file, 'utf8')
    .replace(/\x1b\[[0-9;]*[A-Za-z]/g, '') // eslint-disable-line no-control-regex -- colour codes
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
/** The last line of a log. */
const lastLine = (file) => logLines(file).at(-1) ?? '';
/** The last line of a log that `pattern` matches, with the match's first group. */
const lastMatch = (file, pattern) =>
  logLines(file)
    .map((line) => pattern.exec(line)?.[1])
    .findLast((found) => found !== undefined);

/**
 * Runs one step unless an earlier one failed: `body` gets the step's log file and resolves with
 * `{ ok, result }`; an exception fails the step with its message. On failure the log's last lines are shown.
 */
async function step(name, body, { logged = true } = {}) {
  if (steps.some((s) => s.ok === false)) {
    steps.push({ step: name, seconds: 0, ok: undefined, result: 'not run' });
    return;
  }
  const log = logOf(name);
  console.log(`${name}…${logged ? ` (log: ${shown(log)})` : ''}`);
  const begun = performance.now();
  let outcome;
  try {
    outcome = await body(log);
  } catch (error) {
    outcome = { ok: false, result: `FAILED: ${String(error.message).split('\n')[0]}` };
  }
  const seconds = (performance.now() - begun) / 1000;
  steps.push({ step: name, seconds, ...outcome });
  console.log(`${name}: ${outcome.result} in ${formatDuration(seconds)}`);
  if (!outcome.ok && logged && existsSync(log)) {
    const tail = readFileSync(log, 'utf8').trimEnd().split('\n').slice(-30);
    console.log(tail.map((line) => `  | ${line}`).join('\n'));
  }
}

/**
 * A step body that runs `script` with bash in the clone, ok on exit 0. `detail(log)`, when given, says what
 * the run did; a failed run shows it too when it can.
 */
function inClone(script, detail) {
  return async (log) => {
    const { code } = await runLogged('bash', ['-c', script], { cwd: clone, env, log });
    if (code === 0) return { ok: true, result: detail?.(log) ?? 'ok' };
    let said;
    try {
      said = detail?.(log);
    } catch {
      said = undefined;
    }
    return { ok: false, result: `FAILED: exit ${code}${said ? `; ${said}` : ''}` };
  };
}

/** The counts of the main job's conformance report in the clone. */
function conformanceCounts() {
  const report = JSON.parse(readFileSync(join(clone, 'reports', 'conformance', 'report.json'), 'utf8'));
  const { passed, failed, skipped } = report.totals;
  return `${report.spec.operations} operations; ${passed} passed, ${failed} failed, ${skipped} skipped`;
}

let server;
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    stopRunning();
    void server?.close();
    if (!flags.keep) rmSync(work, { recursive: true, force: true, maxRetries: 3 });
    console.log(`\nstopped by ${signal}${flags.keep ? `; kept ${work}` : ''}`);
    process.exit(1);
  });
}

const started = performance.now();
const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
const source = flags['working-tree'] ? `the working tree (HEAD ${head} and uncommitted changes)` : `HEAD ${head}`;
console.log(`fresh clone of ${source} in ${work}, with no ../shared beside it; logs in ${shown(logDir)}/`);
let baseUrl = flags['base-url'];
let readme = [];

try {
  await step('clone', async (log) => {
    const { code } = await runLogged('git', ['clone', repoRoot, clone], { cwd: work, env, log });
    if (code !== 0) return { ok: false, result: `FAILED: git clone exit ${code}` };
    if (existsSync(join(work, 'shared'))) return { ok: false, result: `FAILED: ${join(work, 'shared')} exists` };
    if (!flags['working-tree']) return { ok: true, result: `HEAD ${head}` };
    const { added, changed, removed } = overlayWorkingTree(repoRoot, clone);
    return { ok: true, result: `HEAD ${head} + working tree: ${changed} changed, ${added} added, ${removed} removed` };
  });

  await step(
    'mirror',
    async (log) => {
      if (baseUrl !== undefined) return { ok: true, result: `--base-url ${baseUrl}` };
      const out = join(work, 'mirror');
      const manifest = join(clone, 'fixtures', 'manifest.json');
      const args = ['tools/fixtures/bin.mjs', 'mirror', '--out', out, '--manifest', manifest];
      const { code } = await runLogged(process.execPath, args, { cwd: repoRoot, env, log });
      if (code !== 0) return { ok: false, result: `FAILED: exit ${code}` };
      server = await serveDir(out);
      baseUrl = server.url;
      return {
        ok: true,
        result: `${lastMatch(log, /^fixtures: (mirror of \d+ source files)/) ?? 'mirror'} at ${baseUrl}`,
      };
    },
    { logged: baseUrl === undefined },
  );

  await step('install', inClone(`${PNPM} install --frozen-lockfile`));

  await step(
    'fixtures',
    inClone(`${PNPM} fixtures --base-url ${baseUrl}`, (log) => lastMatch(log, /^fixtures: (\d+ written, .*)$/)),
  );

  await step(
    'readme',
    () => {
      readme = readmeCommands(readFileSync(join(clone, 'README.md'), 'utf8'));
      for (const { command } of readme) console.log(`  $ ${command}`);
      return readme.length === 2
        ? { ok: true, result: 'the main job and the test command' }
        : { ok: false, result: `FAILED: the first code block of README.md holds ${readme.length} commands, not 2` };
    },
    { logged: false },
  );

  await step('main job', inClone(readme[0]?.command ?? 'false', conformanceCounts));

  await step('test command', async (log) => {
    const { code } = await runLogged('bash', ['-c', readme[1]?.command ?? 'false'], { cwd: clone, env, log });
    const last = lastLine(log);
    const counts = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/.exec(last);
    const ok = code === 0 && counts !== null && Number(counts[1]) > 0 && counts[2] === '0';
    return { ok, result: ok ? last : `FAILED: exit ${code}, last line: ${last}` };
  });
} finally {
  await server?.close();
}

const failed = steps.filter((s) => s.ok === false).map((s) => s.step);
const passed = steps.filter((s) => s.ok === true).length;
const notRun = steps.length - passed - failed.length;
const wall = (performance.now() - started) / 1000;
console.log('');
console.log(
  formatTable(
    ['step', 'seconds', 'result'],
    steps.map((s) => [s.step, s.ok === undefined ? '-' : s.seconds.toFixed(1), s.result]),
    ['total', wall.toFixed(1), ''],
  ),
);
if (flags.keep) console.log(`\nkept: ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(
  `\nfresh clone of ${source}, no ../shared, fixtures from ${baseUrl ?? 'no mirror'}: ` +
    `${passed} steps passed, ${failed.length} failed${failed.length > 0 ? ` (${failed.join(', ')})` : ''}` +
    `${notRun > 0 ? `, ${notRun} not run` : ''}; wall ${formatDuration(wall)}`,
);
process.exit(failed.length > 0 ? 1 : 0);
