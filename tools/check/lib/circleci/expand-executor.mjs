import { ConfigError, unsupported } from './config-error.mjs';
import { bindParameters, substitute } from './parameters.mjs';

/**
 * Where a job runs: its one Docker image, the environment the executor and the
 * image set, the working directory (`~/project` by default) and the shell of
 * its `run` steps, if the executor or job names one.
 *
 * @typedef {{ image: string, environment: Record<string, string>, workingDirectory: string, shell?: string }} Executor
 */

/**
 * The executor of a job: its `docker:` or the `executors:` entry its
 * `executor:` names (a name, or `{ name, ...arguments }` for a parameterized
 * one), with the job's `working_directory`, `shell` and `environment` laid over it.
 *
 * @param {Record<string, any>} job the job, its parameters substituted
 * @param {Record<string, any>} executors the config's `executors`
 * @param {Record<string, unknown>} pipeline `<< pipeline.x >>` values
 * @param {string} where e.g. `jobs.build`
 * @returns {Executor}
 * @throws {ConfigError} for `machine`, `macos`, service containers and other executors the runner does not do
 */
export function resolveExecutor(job, executors, pipeline, where) {
  let executor = job;
  let at = where;
  if (job.executor !== undefined) {
    if (job.docker !== undefined) throw new ConfigError(`${where} has both executor and docker`);
    const { name, ...args } = typeof job.executor === 'string' ? { name: job.executor } : job.executor;
    if (name.includes('/')) throw unsupported(`orb executor ${name}`, where);
    if (!executors || !(name in executors))
      throw new ConfigError(`${where} uses executor ${name}, which is not defined`);
    at = `executors.${name}`;
    const { parameters: declared, ...body } = executors[name];
    executor = substitute(body, { parameters: bindParameters(declared, args, at), pipeline }, at);
  }
  for (const kind of ['machine', 'macos', 'windows']) {
    if (executor[kind] !== undefined) throw unsupported(`${kind} executor`, at);
  }
  const docker = executor.docker;
  if (!Array.isArray(docker) || docker.length === 0) throw new ConfigError(`${where} has no docker image`);
  if (docker.length > 1) throw unsupported('service containers (more than one docker image)', at);
  const [{ image, environment: imageEnvironment, ...rest }] = docker;
  const extra = Object.keys(rest)[0];
  if (extra) throw unsupported(`docker.${extra}`, at);
  if (typeof image !== 'string') throw new ConfigError(`${at}: the docker image needs a name`);
  const shell = job.shell ?? executor.shell;
  return {
    image,
    environment: strings({ ...executor.environment, ...imageEnvironment, ...job.environment }),
    workingDirectory: job.working_directory ?? executor.working_directory ?? '~/project',
    ...(shell === undefined ? {} : { shell }),
  };
}

/** An `environment` map with every value as the string the shell sees. */
export function strings(environment) {
  return Object.fromEntries(Object.entries(environment ?? {}).map(([name, value]) => [name, String(value)]));
}
