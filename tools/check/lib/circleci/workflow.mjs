import { ConfigError } from './config-error.mjs';

/**
 * A job's outcome in the workflow: `success` when every node succeeded,
 * `failed` when one did not, `blocked` when it never ran because a job it
 * requires did not succeed (CircleCI shows it as blocked, then not run).
 *
 * @typedef {object} JobOutcome
 * @property {import('./expand-config.mjs').PlannedJob} job
 * @property {'success' | 'failed' | 'blocked'} status
 * @property {any[]} nodes what `runNode` resolved with, by node index
 * @property {number} seconds from its first node's start to its last node's end (0 when blocked)
 */

/**
 * Runs a workflow's jobs as CircleCI schedules them: a job starts when every
 * job it requires has succeeded, and is blocked when one failed or was
 * blocked. Each node of a job (`parallelism`) is a task; at most `concurrency`
 * tasks run at once, in the order they became ready.
 *
 * @param {import('./expand-config.mjs').PlannedJob[]} jobs
 * @param {object} options
 * @param {number} options.concurrency
 * @param {(job: import('./expand-config.mjs').PlannedJob, node: number) => Promise<{ status: string }>} options.runNode
 *   resolves with the node's result; its `status` is `success` or anything else for a failure
 * @param {(outcome: JobOutcome) => void} [options.onJobDone]
 * @returns {Promise<JobOutcome[]>} in the order of `jobs`
 */
export async function runWorkflow(jobs, { concurrency, runNode, onJobDone }) {
  checkRequires(jobs);
  const outcomes = new Map(
    jobs.map((job) => [job.name, { job, status: 'pending', nodes: [], seconds: 0, left: job.parallelism }]),
  );
  const queue = [];
  let active = 0;
  await new Promise((resolve) => {
    const finish = (outcome) => {
      outcome.status = outcome.nodes.every((node) => node.status === 'success') ? 'success' : 'failed';
      outcome.seconds = (performance.now() - outcome.started) / 1000;
      onJobDone?.(outcome);
    };
    const pump = () => {
      for (let changed = true; changed;) {
        changed = false;
        for (const outcome of outcomes.values()) {
          if (outcome.status !== 'pending') continue;
          const required = outcome.job.requires.map((name) => outcomes.get(name).status);
          if (required.some((status) => status === 'failed' || status === 'blocked')) {
            outcome.status = 'blocked';
            onJobDone?.(outcome);
            changed = true;
          } else if (required.every((status) => status === 'success')) {
            outcome.status = 'queued';
            for (let node = 0; node < outcome.job.parallelism; node++) queue.push({ outcome, node });
          }
        }
      }
      while (active < concurrency && queue.length > 0) {
        const { outcome, node } = queue.shift();
        active += 1;
        outcome.status = 'running';
        outcome.started ??= performance.now();
        runNode(outcome.job, node)
          .catch((error) => ({ status: 'failed', exitCode: 1, error: error.message }))
          .then((result) => {
            active -= 1;
            outcome.nodes[node] = result;
            outcome.left -= 1;
            if (outcome.left === 0) finish(outcome);
            pump();
          });
      }
      if (active === 0 && queue.length === 0) resolve();
    };
    pump();
  });
  return [...outcomes.values()].map(({ job, status, nodes, seconds }) => ({ job, status, nodes, seconds }));
}

/**
 * The names of the jobs upstream of each job (what it requires, and what those require).
 *
 * @param {import('./expand-config.mjs').PlannedJob[]} jobs
 * @returns {Map<string, Set<string>>}
 */
export function upstreamJobs(jobs) {
  const byName = new Map(jobs.map((job) => [job.name, job]));
  const upstream = new Map();
  const visit = (name) => {
    if (upstream.has(name)) return upstream.get(name);
    const names = new Set();
    upstream.set(name, names);
    for (const required of byName.get(name)?.requires ?? []) {
      names.add(required);
      for (const further of visit(required)) names.add(further);
    }
    return names;
  };
  for (const job of jobs) visit(job.name);
  return upstream;
}

/**
 * The jobs `names` pick and every job they require, in workflow order. A name
 * is a job's (`test-node-22`) or the config job a matrix runs (`test`).
 *
 * @param {import('./expand-config.mjs').PlannedJob[]} jobs
 * @param {string[]} names
 * @returns {import('./expand-config.mjs').PlannedJob[]}
 * @throws {ConfigError} for a name that picks nothing
 */
export function selectJobs(jobs, names) {
  const upstream = upstreamJobs(jobs);
  const picked = new Set();
  for (const name of names) {
    const matches = jobs.filter((job) => job.name === name || job.job === name);
    if (matches.length === 0) {
      throw new ConfigError(`--jobs: no job ${name} in the workflow (${jobs.map((job) => job.name).join(', ')})`);
    }
    for (const job of matches) {
      picked.add(job.name);
      for (const required of upstream.get(job.name)) picked.add(required);
    }
  }
  return jobs.filter((job) => picked.has(job.name));
}

function checkRequires(jobs) {
  const names = new Set(jobs.map((job) => job.name));
  for (const job of jobs) {
    const missing = job.requires.find((name) => !names.has(name));
    if (missing) throw new ConfigError(`${job.name} requires ${missing}, which is not in the workflow`);
  }
  const visiting = new Set();
  const done = new Set();
  const byName = new Map(jobs.map((job) => [job.name, job]));
  const visit = (name) => {
    if (done.has(name)) return;
    if (visiting.has(name)) throw new ConfigError(`the workflow's requires go round in a cycle through ${name}`);
    visiting.add(name);
    for (const required of byName.get(name).requires) visit(required);
    visiting.delete(name);
    done.add(name);
  };
  for (const job of jobs) visit(job.name);
}
