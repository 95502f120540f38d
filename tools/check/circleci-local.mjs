#!/usr/bin/env node
// `pnpm check:ci`: runs the workflow of .circleci/config.yml here, job by job,
// as CircleCI would: from a fresh clone with no ../shared beside it, each job
// in its own copy of it, with the workspace, the cache and the test results
// and artifacts kept in local folders. See tools/check/README.md.
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatDuration } from './lib/format-duration.mjs';
import { parseFlags } from './lib/parse-flags.mjs';
import { repoRoot } from './lib/repo-root.mjs';
import { serveDir } from './lib/serve-dir.mjs';
import { Cache } from './lib/circleci/cache.mjs';
import { ConfigError } from './lib/circleci/config-error.mjs';
import { expandConfig } from './lib/circleci/expand-config.mjs';
import { removePath } from './lib/circleci/file-tree.mjs';
import { buildFixturesMirror } from './lib/circleci/fixtures-mirror.mjs';
import { canMountHome } from './lib/circleci/job-home.mjs';
import { parseYaml } from './lib/circleci/load-yaml.mjs';
import { nodeMajorOfImage, nodeOfMajor } from './lib/circleci/node-for-image.mjs';
import { runJobNode } from './lib/circleci/run-job.mjs';
import { killAllProcesses } from './lib/circleci/run-process.mjs';
import { prepareSourceTree } from './lib/circleci/source-tree.mjs';
import { machineArch } from './lib/circleci/template-key.mjs';
import { runWorkflow, selectJobs, upstreamJobs } from './lib/circleci/workflow.mjs';
import { formatWorkflowTable, workflowSummary } from './lib/circleci/workflow-report.mjs';
import { Workspace } from './lib/circleci/workspace.mjs';

const CONCURRENCY = 2; // job nodes at once: this is a 2-core machine
// What this machine's network needs (its CA, a proxy) and the locale: a CircleCI container has its own.
const MACHINE_VARIABLES = ['LANG', 'NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE', 'SSL_CERT_DIR'].concat(
  ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY'].flatMap((name) => [name, name.toLowerCase()]),
);

const usage = `usage: node tools/check/circleci-local.mjs [--working-tree] [--base-url URL] [--jobs NAME,...] [--keep] [--out DIR] [--config FILE]

Runs each job of the workflow of .circleci/config.yml here, as CircleCI would:
from a fresh clone of the repository (HEAD; --working-tree: the working tree's
files, uncommitted changes included) in a temporary folder with no ../shared
beside it, each job in its own copy for \`checkout\`, seeing its own folder as
/home/circleci (a mount namespace). A cimg/node:X.Y image runs as Node X from
the npm registry's \`node\` package, first on PATH. Jobs start when the jobs
they require succeeded, ${CONCURRENCY} job nodes at a time.

  --working-tree  the working tree's files instead of HEAD
  --base-url URL  the fixtures mirror jobs fetch from (CIRCLECI_KIT_FIXTURES_BASE_URL);
                  default: one built from ../shared (circleci-kit-fixtures mirror), served on 127.0.0.1
  --jobs A,B      only these jobs and the jobs they require (a matrix by its job's name: test)
  --keep          keep the temporary folder (clone, job homes, workspace) and print it
  --out DIR       logs, test results, artifacts and summary.json (default .cache/check/ci);
                  DIR/cache holds the cache across runs
  --config FILE   another config (default: the tested tree's .circleci/config.yml)

Prints a line per step, the table (job, node, status, seconds, exit codes of
its nodes, files stored) and \`workflow NAME: success|failed (N jobs: …)\`.
Exits 0 when every job succeeded, 1 when one failed or was blocked, 2 on a bad
flag or a config feature it does not run (named).`;

const flags = parseFlags(
  {
    'working-tree': { type: 'boolean', default: false },
    'base-url': { type: 'string' },
    jobs: { type: 'string' },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: '.cache/check/ci' },
    config: { type: 'string' },
  },
  usage,
);

const fail = (message) => {
  process.stderr.write(`check:ci: ${message}\n`);
  process.exit(2);
};

let workflow;
let jobs;
try {
  const text = flags.config
    ? readFileSync(resolve(flags.config), 'utf8')
    : flags['working-tree']
      ? readFileSync(join(repoRoot, '.circleci/config.yml'), 'utf8')
      : execFileSync('git', ['-C', repoRoot, 'show', 'HEAD:.circleci/config.yml'], { encoding: 'utf8' });
  ({ workflow, jobs } = expandConfig(parseYaml(text)));
  if (flags.jobs)
    jobs = selectJobs(
      jobs,
      flags.jobs
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    );
  for (const job of jobs) nodeMajorOfImage(job.executor.image, `jobs.${job.job}`);
} catch (error) {
  if (error instanceof ConfigError || error.code === 'ENOENT' || error.name === 'YAMLParseError') fail(error.message);
  throw error;
}
if (!canMountHome()) fail('cannot give each job its own /home/circleci: `unshare --mount` failed (it needs root)');

const work = mkdtempSync(join(tmpdir(), 'circleci-local-'));
if (work.startsWith('/home/'))
  fail(`the temporary folder ${work} must not be under /home, which each job sees as its own`);
const out = resolve(flags.out);
rmSync(join(out, 'jobs'), { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let server;
const cleanUp = async () => {
  await server?.close();
  if (!flags.keep) await removePath(work);
};
process.on('SIGINT', async () => {
  killAllProcesses();
  await cleanUp();
  process.exit(130);
});

const started = performance.now();
console.log(`check:ci: workflow ${workflow}, jobs ${jobs.map((job) => job.name).join(', ')}`);
const source = join(work, 'source');
const { branch, revision } = prepareSourceTree(repoRoot, source, { workingTree: flags['working-tree'] });
console.log(
  `source: ${flags['working-tree'] ? 'working tree' : 'HEAD'} of ${branch ?? 'a detached HEAD'} at ${revision.slice(0, 12)}`,
);

let baseUrl = flags['base-url'];
if (!baseUrl && existsSync(join(repoRoot, '..', 'shared'))) {
  console.log(buildFixturesMirror(repoRoot, join(work, 'mirror')));
  server = await serveDir(join(work, 'mirror'));
  baseUrl = server.url;
}
console.log(`fixtures: ${baseUrl ? `from ${baseUrl}` : 'from their public sources (no ../shared to mirror)'}`);

const nodes = new Map();
for (const major of new Set(jobs.map((job) => nodeMajorOfImage(job.executor.image, job.name)))) {
  nodes.set(major, nodeOfMajor(major));
  console.log(`Node ${major}: ${nodes.get(major).version} (${nodes.get(major).bin})`);
}
const nodeOf = (job) => nodes.get(nodeMajorOfImage(job.executor.image, job.name));

const machine = Object.fromEntries(
  MACHINE_VARIABLES.filter((name) => process.env[name]).map((name) => [name, process.env[name]]),
);
const workflowId = randomUUID();
const workspace = new Workspace(join(work, 'workspace'));
const cache = new Cache(join(out, 'cache'));
const upstream = upstreamJobs(jobs);
const arch = machineArch();
const buildNumbers = new Map(jobs.map((job, index) => [job.name, index + 1]));

const outcomes = await runWorkflow(jobs, {
  concurrency: CONCURRENCY,
  runNode: (job, node) => {
    const label = job.parallelism > 1 ? `${job.name}[${node}]` : job.name;
    const say = (line) => console.log(`${label}: ${line}`);
    say(`▶ on ${job.executor.image} as Node ${nodeOf(job).version}`);
    const buildNum = buildNumbers.get(job.name);
    const hostHome = join(work, 'nodes', `${job.name}-${node}`);
    // A finished node's copy of the checkout goes at once: the workspace keeps what later jobs need.
    const removeHome = (result) => (flags.keep ? result : removePath(hostHome).then(() => result));
    return runJobNode(job, node, {
      hostHome,
      mountHome: true,
      source,
      workspace,
      cache,
      upstream: upstream.get(job.name),
      outDir: join(out, 'jobs', job.parallelism > 1 ? join(job.name, String(node)) : job.name),
      env: {
        PATH: `${nodeOf(job).bin}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
        SHELL: '/bin/bash',
        ...machine,
        // A project variable on CircleCI.
        ...(baseUrl ? { CIRCLECI_KIT_FIXTURES_BASE_URL: baseUrl } : {}),
        CI: 'true',
        CIRCLECI: 'true',
        ...(branch ? { CIRCLE_BRANCH: branch } : {}),
        CIRCLE_SHA1: revision,
        CIRCLE_BUILD_NUM: String(buildNum),
        CIRCLE_WORKFLOW_ID: workflowId,
        CIRCLE_WORKFLOW_WORKSPACE_ID: workflowId,
        CIRCLE_WORKFLOW_JOB_ID: randomUUID(),
      },
      keys: { arch, branch, revision, buildNum },
      say,
    }).then(removeHome);
  },
  onJobDone: ({ job, status, seconds }) =>
    console.log(
      `■ ${job.name}: ${status}${status === 'blocked' ? ' (a job it requires did not succeed)' : ` in ${formatDuration(seconds)}`}`,
    ),
});

const { ok, line } = workflowSummary(workflow, outcomes);
console.log(`\n${formatWorkflowTable(outcomes, (job) => nodeOf(job).version)}\n`);
writeFileSync(
  join(out, 'summary.json'),
  `${JSON.stringify(
    {
      workflow,
      ok,
      source: { workingTree: flags['working-tree'], branch, revision },
      jobs: outcomes.map(({ job, status, nodes: results, seconds }) => ({
        name: job.name,
        node: nodeOf(job).version,
        status,
        seconds,
        nodes: results.map(({ status: nodeStatus, exitCode, seconds: nodeSeconds, steps, stored }) => ({
          status: nodeStatus,
          exitCode,
          seconds: nodeSeconds,
          steps,
          stored,
        })),
      })),
    },
    null,
    2,
  )}\n`,
);
await cleanUp();
console.log(
  `logs, test results and artifacts: ${join(out, 'jobs')}${flags.keep ? `; the run's folders: ${work}` : ''}`,
);
console.log(`wall time: ${formatDuration((performance.now() - started) / 1000)}`);
console.log(line);
process.exit(ok ? 0 : 1);
