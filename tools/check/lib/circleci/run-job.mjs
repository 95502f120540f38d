import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { copyPath, countFiles } from './file-tree.mjs';
import { jobFileSystem } from './job-home.mjs';
import { runProcess } from './run-process.mjs';
import { expandKeyTemplate } from './template-key.mjs';

const DEFAULT_SHELL = '/bin/bash -eo pipefail';
const TAIL_LINES = 30;

/**
 * What one node of a job needs from the workflow around it.
 *
 * @typedef {object} NodeContext
 * @property {string} hostHome an empty folder: the node's home (`~`, where `~/project` is)
 * @property {boolean} mountHome whether the node sees `hostHome` at /home/circleci (see job-home.mjs)
 * @property {string} source the clone `checkout` copies
 * @property {import('./workspace.mjs').Workspace} workspace
 * @property {import('./cache.mjs').Cache} cache
 * @property {Set<string>} upstream the jobs whose workspace layers `attach_workspace` lays
 * @property {string} outDir where the node's log, test results and artifacts go
 * @property {Record<string, string>} env the environment below the config's: the machine's
 *   (PATH with the job's Node first), the project's variables, then CircleCI's (`CI`, `CIRCLE_BRANCH`, …)
 * @property {{ arch: string, branch?: string, revision?: string, buildNum?: number }} keys what cache keys read
 * @property {(line: string) => void} say prints one line about the node
 */

/**
 * The outcome of one node: `success` when every step that ran succeeded; the
 * exit code of the first failed step (`1` for a failed built-in step).
 *
 * @typedef {object} NodeResult
 * @property {'success' | 'failed'} status
 * @property {number} exitCode
 * @property {number} seconds
 * @property {Array<{ name: string, type: string, status: 'success' | 'failed' | 'skipped', code?: number, seconds?: number }>} steps
 * @property {{ testResults: number, artifacts: number }} stored files stored by store_test_results and store_artifacts
 */

/**
 * Runs one node (of `parallelism`) of a job, step by step, as CircleCI runs
 * it in a fresh container: `run` in `/bin/bash -eo pipefail` (or the step's,
 * executor's or job's `shell`) with CircleCI's variables, the executor's and
 * job's `environment` and the step's; the next steps skipped after a failure
 * except `when: always` and `when: on_fail` ones, and `store_test_results` and
 * `store_artifacts`, which CircleCI runs whatever the job's state.
 *
 * @param {import('./expand-config.mjs').PlannedJob} job
 * @param {number} node CIRCLE_NODE_INDEX, from 0
 * @param {NodeContext} context
 * @returns {Promise<NodeResult>}
 */
export async function runJobNode(job, node, context) {
  const started = performance.now();
  const fs = jobFileSystem(context.hostHome, { mountHome: context.mountHome });
  const workingDirectory = fs.resolve(job.executor.workingDirectory, fs.home);
  mkdirSync(fs.onHost(workingDirectory), { recursive: true });
  mkdirSync(context.outDir, { recursive: true });
  const log = join(context.outDir, 'log.txt');
  const environment = {
    ...context.env,
    HOME: fs.home,
    BASH_ENV: `${fs.home}/.circlerc`,
    CIRCLE_JOB: job.name,
    CIRCLE_NODE_INDEX: String(node),
    CIRCLE_NODE_TOTAL: String(job.parallelism),
    CIRCLE_WORKING_DIRECTORY: job.executor.workingDirectory,
    ...job.executor.environment,
  };
  const result = { status: 'success', exitCode: 0, seconds: 0, steps: [], stored: { testResults: 0, artifacts: 0 } };
  const state = { job, node, context, fs, workingDirectory, environment, log, result };
  for (const step of job.steps) {
    const failed = result.status === 'failed';
    if (!runsNow(step, failed)) {
      result.steps.push({ name: step.name, type: step.type, status: 'skipped' });
      continue;
    }
    const stepStarted = performance.now();
    appendFileSync(log, `\n=== ${step.name} (${step.type})\n`);
    const offset = statSync(log).size;
    let code;
    try {
      code = await STEPS[step.type](step, state);
    } catch (error) {
      appendFileSync(log, `${error.message}\n`);
      code = 1;
    }
    const seconds = (performance.now() - stepStarted) / 1000;
    const output = tail(log, offset, TAIL_LINES);
    appendFileSync(log, `=== exit ${code} in ${seconds.toFixed(1)} s\n`);
    result.steps.push({ name: step.name, type: step.type, status: code === 0 ? 'success' : 'failed', code, seconds });
    if (code !== 0) {
      context.say(`✗ ${step.name} (exit ${code}, ${seconds.toFixed(1)} s); its last lines:`);
      for (const line of output) context.say(`    ${line}`);
      if (!failed) Object.assign(result, { status: 'failed', exitCode: code });
    } else context.say(`✓ ${step.name} (${seconds.toFixed(1)} s)`);
  }
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

/** Whether a step runs, given whether an earlier one failed. */
function runsNow(step, failed) {
  if (step.type === 'store_test_results' || step.type === 'store_artifacts') return true;
  const when = step.when ?? 'on_success';
  return when === 'always' || (when === 'on_fail') === failed;
}

const STEPS = {
  async run(step, { fs, workingDirectory, environment, log, job }) {
    const cwd = step.working_directory ? fs.resolve(step.working_directory, workingDirectory) : workingDirectory;
    const shell = (step.shell ?? job.executor.shell ?? DEFAULT_SHELL).split(/\s+/).filter(Boolean);
    const env = { ...environment };
    for (const [name, value] of Object.entries(step.environment ?? {})) env[name] = String(value);
    const { code } = await runProcess(fs.command([...shell, '-c', step.command], cwd), {
      env,
      onOutput: (chunk) => appendFileSync(log, chunk),
      noOutputTimeoutMs: durationMs(step.no_output_timeout ?? '10m'),
    });
    return code;
  },

  async checkout(step, { fs, workingDirectory, context, log }) {
    const target = fs.onHost(fs.resolve(step.path ?? '.', workingDirectory));
    if (existsSync(target) && readdirSync(target).length > 0 && !existsSync(join(target, '.git'))) {
      appendFileSync(log, `${target} is not empty and not a git repository\n`);
      return 1;
    }
    await copyPath(context.source, target);
    return 0;
  },

  async persist_to_workspace(step, { fs, workingDirectory, context, job, node, log }) {
    const root = fs.onHost(fs.resolve(step.root, workingDirectory));
    await context.workspace.persist({ job: job.name, node, root, paths: step.paths });
    appendFileSync(log, `persisted ${step.paths.join(', ')} of ${step.root}\n`);
    return 0;
  },

  async attach_workspace(step, { fs, workingDirectory, context, log }) {
    const layers = await context.workspace.attach(fs.onHost(fs.resolve(step.at, workingDirectory)), context.upstream);
    appendFileSync(log, `attached ${layers} workspace layer(s) at ${step.at}\n`);
    return 0;
  },

  async save_cache(step, state) {
    const { fs, workingDirectory, context, log } = state;
    const key = expandKeyTemplate(step.key, keyContext(state));
    // A path under the home is kept as `~/…`: the same place for every job, home mounted or not.
    const paths = step.paths.map((path) => {
      const resolved = fs.resolve(path, workingDirectory);
      const underHome = resolved.startsWith(`${fs.home}/`);
      return { path: underHome ? `~${resolved.slice(fs.home.length)}` : resolved, onHost: fs.onHost(resolved) };
    });
    const outcome = await context.cache.save(key, paths);
    appendFileSync(log, `cache ${key}: ${outcome}\n`);
    context.say(`  cache ${key}: ${outcome}`);
    return 0;
  },

  async restore_cache(step, state) {
    const { fs, context, log } = state;
    const keys = step.keys.map((key) => expandKeyTemplate(key, keyContext(state)));
    const restored = await context.cache.restore(keys, (path) => fs.onHost(fs.resolve(path, fs.home)));
    const line = restored ? `restored cache ${restored.key}` : `no cache found for ${keys.join(', ')}`;
    appendFileSync(log, `${line}\n`);
    context.say(`  ${line}`);
    return 0;
  },

  async store_test_results(step, state) {
    state.result.stored.testResults += await store(step.path, 'test-results', state);
    return 0;
  },

  async store_artifacts(step, state) {
    state.result.stored.artifacts += await store(step.path, join('artifacts', step.destination ?? step.path), state);
    return 0;
  },
};

/** Copies a stored path into the node's output folder; a missing path stores nothing, as on CircleCI. */
async function store(path, into, { fs, workingDirectory, context, log }) {
  const source = fs.onHost(fs.resolve(path, workingDirectory));
  const files = countFiles(source);
  if (files > 0) {
    const target = join(context.outDir, into);
    await copyPath(source, into === 'test-results' ? join(target, basename(source)) : target);
  }
  appendFileSync(log, `${files} file(s) from ${path}\n`);
  return files;
}

function keyContext({ fs, workingDirectory, environment, context }) {
  return {
    ...context.keys,
    environment,
    readFile: (file) => readFileSync(fs.onHost(fs.resolve(file, workingDirectory))),
  };
}

/** `10m`, `1.5h`, `30s` in milliseconds. */
function durationMs(text) {
  const match = /^(\d+(?:\.\d+)?)([hms])$/.exec(String(text));
  if (!match) return 10 * 60_000;
  return Number(match[1]) * { h: 3_600_000, m: 60_000, s: 1000 }[match[2]];
}

/** The last lines written to `file` from byte `from` on. */
function tail(file, from, lines) {
  const text = readFileSync(file).subarray(from).toString('utf8').trimEnd();
  return text === '' ? [] : text.split('\n').slice(-lines);
}
