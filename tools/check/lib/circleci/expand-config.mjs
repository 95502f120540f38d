import { ConfigError, unsupported } from './config-error.mjs';
import { resolveExecutor } from './expand-executor.mjs';
import { expandSteps } from './expand-steps.mjs';
import { expandWorkflow } from './expand-workflow.mjs';
import { bindParameters, leftoverReference, substitute } from './parameters.mjs';

const JOB_KEYS = new Set([
  'docker',
  'executor',
  'parallelism',
  'parameters',
  'steps',
  'environment',
  'working_directory',
  'shell',
  'resource_class',
  'description',
]);
const TOP_KEYS = new Set(['version', 'jobs', 'workflows', 'commands', 'executors', 'parameters', 'orbs']);

/**
 * A job of the workflow as it will run: its CircleCI name (matrix jobs have
 * their own), the jobs it waits for, how many parallel nodes, where it runs
 * and its steps.
 *
 * @typedef {object} PlannedJob
 * @property {string} name e.g. `test-node-22`
 * @property {string} job the `jobs:` entry it runs, e.g. `test`
 * @property {string[]} requires names of jobs of the workflow
 * @property {number} parallelism
 * @property {import('./expand-executor.mjs').Executor} executor
 * @property {import('./expand-steps.mjs').Step[]} steps
 */

/**
 * Compiles a CircleCI 2.1 config as CircleCI does before it runs anything:
 * the one workflow's jobs, matrices expanded, each job's parameters, executor
 * and reusable commands resolved. Pipeline values fill `<< pipeline.x >>`
 * (`git.branch`, `git.revision`, `number`, `id`, `parameters.NAME` from the
 * config's `parameters` defaults).
 *
 * @param {Record<string, any>} config the parsed `.circleci/config.yml`
 * @param {Record<string, unknown>} [pipeline] e.g. `{ 'git.branch': 'main' }`
 * @returns {{ workflow: string, jobs: PlannedJob[] }}
 * @throws {ConfigError} naming what the runner does not support, or what CircleCI would refuse
 * @example
 * expandConfig(parseYaml(readFileSync('.circleci/config.yml', 'utf8'))).jobs.map((job) => job.name);
 * // ['build', 'test-node-22', 'test-node-24', 'conformance', 'conformance-merge', 'breaking-diff']
 */
export function expandConfig(config, pipeline = {}) {
  if (!config || typeof config !== 'object') throw new ConfigError('the config is not a YAML map');
  if (String(config.version) !== '2.1') throw unsupported(`version ${config.version} (only 2.1)`, 'version');
  for (const key of Object.keys(config)) {
    if (key === 'orbs') throw unsupported('orbs', 'orbs');
    if (!TOP_KEYS.has(key)) throw unsupported(key, key);
  }
  const pipelineParameters = Object.fromEntries(
    Object.entries(config.parameters ?? {}).map(([name, spec]) => [`parameters.${name}`, spec?.default]),
  );
  const pipelineScope = { ...pipelineParameters, ...pipeline };
  const workflows = Object.entries(config.workflows ?? {}).filter(([, workflow]) => typeof workflow === 'object');
  if (workflows.length === 0) throw new ConfigError('the config has no workflow');
  if (workflows.length > 1)
    throw unsupported(`several workflows (${workflows.map(([name]) => name).join(', ')})`, 'workflows');
  const [[workflowName, workflow]] = workflows;
  const where = `workflows.${workflowName}`;
  const jobs = expandWorkflow(substitute(workflow, { pipeline: pipelineScope }, where), where).map((entry) =>
    planJob(config, entry, pipelineScope),
  );
  return { workflow: workflowName, jobs };
}

function planJob(config, entry, pipeline) {
  const where = `jobs.${entry.job}`;
  const definition = config.jobs?.[entry.job];
  if (!definition) throw new ConfigError(`workflow job ${entry.name} runs ${entry.job}, which is not defined`);
  for (const key of Object.keys(definition)) {
    if (!JOB_KEYS.has(key))
      throw unsupported(key === 'machine' || key === 'macos' ? `${key} executor` : `job ${key}`, where);
  }
  const { parameters: declared, ...body } = definition;
  const parameters = bindParameters(declared, entry.args, where);
  const job = substitute(body, { parameters, pipeline }, where);
  const steps = expandSteps(job.steps ?? [], config.commands, where);
  const leftover = leftoverReference(steps);
  if (leftover) throw new ConfigError(`${where}: ${leftover} is not declared where it is used`);
  const parallelism = Number(job.parallelism ?? 1);
  if (!Number.isInteger(parallelism) || parallelism < 1)
    throw new ConfigError(`${where}: parallelism must be a positive integer`);
  return {
    name: entry.name,
    job: entry.job,
    requires: entry.requires,
    parallelism,
    executor: resolveExecutor(job, config.executors, pipeline, where),
    steps,
  };
}
