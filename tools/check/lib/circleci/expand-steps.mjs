import { ConfigError, unsupported } from './config-error.mjs';
import { bindParameters, substitute } from './parameters.mjs';
import { checkKeyTemplate } from './template-key.mjs';

/** The keys each built-in step takes that the local runner does. */
const STEP_KEYS = {
  run: ['command', 'name', 'shell', 'environment', 'working_directory', 'no_output_timeout', 'when'],
  checkout: ['name', 'path'],
  save_cache: ['key', 'paths', 'name', 'when'],
  restore_cache: ['key', 'keys', 'name'],
  persist_to_workspace: ['root', 'paths', 'name'],
  attach_workspace: ['at', 'name'],
  store_test_results: ['path', 'name'],
  store_artifacts: ['path', 'destination', 'name'],
};

/**
 * One step of a job, ready to run: reusable commands inlined, parameters
 * substituted, `when`/`unless` steps decided.
 *
 * @typedef {{ type: string, name: string, [key: string]: any }} Step
 */

/**
 * Expands a job's `steps`: each reusable command (`commands:`) is replaced by
 * its steps with its parameters bound, a `steps`-typed parameter is spliced
 * in, a `when`/`unless` step keeps its steps or drops them by its condition,
 * and each built-in step becomes `{ type, name, ...keys }` (`run: "x"` becomes
 * `{ type: 'run', command: 'x' }`).
 *
 * @param {unknown[]} steps the job's steps, its own parameters already substituted
 * @param {Record<string, any>} commands the config's `commands`
 * @param {string} where for messages, e.g. `jobs.build`
 * @returns {Step[]}
 * @throws {ConfigError} on a step the runner does not do (orb commands,
 *   `setup_remote_docker`, `background`, …) or a command that is not defined
 */
export function expandSteps(steps, commands, where, depth = 0) {
  if (depth > 20) throw new ConfigError(`${where}: commands nest more than 20 deep (a command that calls itself?)`);
  if (!Array.isArray(steps)) throw new ConfigError(`${where}: steps must be a list`);
  return steps.flatMap((step, index) => {
    const at = `${where}.steps[${index}]`;
    if (Array.isArray(step)) return expandSteps(step, commands, where, depth + 1);
    if (typeof step === 'string') return expandNamed(step, {}, commands, at, depth);
    if (!step || typeof step !== 'object' || Object.keys(step).length !== 1) {
      throw new ConfigError(`${at}: a step is a name or a map with one key`);
    }
    const [[kind, body]] = Object.entries(step);
    return expandNamed(kind, body ?? {}, commands, at, depth);
  });
}

function expandNamed(kind, body, commands, at, depth) {
  if (kind === 'when' || kind === 'unless') {
    const holds = truthy(body.condition, at);
    return holds === (kind === 'when') ? expandSteps(body.steps ?? [], commands, at, depth + 1) : [];
  }
  if (kind === 'run') return [builtin('run', typeof body === 'string' ? { command: body } : body, at)];
  if (kind in STEP_KEYS) return [builtin(kind, typeof body === 'string' ? {} : body, at)];
  if (kind.includes('/')) throw unsupported(`orb command ${kind}`, at);
  if (!commands || !(kind in commands)) throw unsupported(`step ${kind}`, at);
  const command = commands[kind];
  const args = typeof body === 'object' ? body : {};
  const parameters = bindParameters(command.parameters, args, `commands.${kind}`);
  const steps = substitute(command.steps ?? [], { parameters }, `commands.${kind}`);
  return expandSteps(steps, commands, `commands.${kind}`, depth + 1);
}

function builtin(type, body, at) {
  if (typeof body !== 'object' || body === null) throw new ConfigError(`${at}: ${type} takes a map`);
  for (const key of Object.keys(body)) {
    if (!STEP_KEYS[type].includes(key)) throw unsupported(`${type}.${key}`, at);
  }
  const step = { type, name: body.name ?? defaultName(type, body), ...body };
  if (type === 'run' && typeof step.command !== 'string') throw new ConfigError(`${at}: run needs a command`);
  if (type === 'restore_cache') {
    step.keys = step.keys ?? (step.key === undefined ? [] : [step.key]);
    if (step.keys.length === 0) throw new ConfigError(`${at}: restore_cache needs key or keys`);
    for (const key of step.keys) checkKeyTemplate(key, at);
  }
  if (type === 'save_cache') {
    if (typeof step.key !== 'string' || !Array.isArray(step.paths)) {
      throw new ConfigError(`${at}: save_cache needs key and paths`);
    }
    checkKeyTemplate(step.key, at);
  }
  if (type === 'persist_to_workspace') {
    if (typeof step.root !== 'string' || !Array.isArray(step.paths)) {
      throw new ConfigError(`${at}: persist_to_workspace needs root and paths`);
    }
    const glob = step.paths.find((path) => /[*?[]/.test(path));
    if (glob) throw unsupported(`glob in persist_to_workspace paths (${glob})`, at);
  }
  if (type === 'attach_workspace' && typeof step.at !== 'string')
    throw new ConfigError(`${at}: attach_workspace needs at`);
  if ((type === 'store_test_results' || type === 'store_artifacts') && typeof step.path !== 'string') {
    throw new ConfigError(`${at}: ${type} needs path`);
  }
  return step;
}

function defaultName(type, body) {
  if (type === 'run') return body.command.split('\n')[0];
  return {
    checkout: 'Checkout code',
    save_cache: 'Saving cache',
    restore_cache: 'Restoring cache',
    persist_to_workspace: 'Persisting to workspace',
    attach_workspace: 'Attaching workspace',
    store_test_results: 'Uploading test results',
    store_artifacts: 'Uploading artifacts',
  }[type];
}

/** A `when`/`unless` condition after substitution: a literal, or `and`, `or`, `not`, `equal`. */
function truthy(condition, at) {
  if (condition && typeof condition === 'object' && !Array.isArray(condition)) {
    const [[operator, operand]] = Object.entries(condition);
    if (operator === 'and') return operand.every((item) => truthy(item, at));
    if (operator === 'or') return operand.some((item) => truthy(item, at));
    if (operator === 'not') return !truthy(operand, at);
    if (operator === 'equal') return operand.every((item) => JSON.stringify(item) === JSON.stringify(operand[0]));
    throw unsupported(`condition ${operator}`, at);
  }
  return !(condition === false || condition === null || condition === undefined || condition === 0 || condition === '');
}
