import { ConfigError, unsupported } from './config-error.mjs';
import { substitute } from './parameters.mjs';

const UNSUPPORTED_ENTRY_KEYS = [
  'context',
  'filters',
  'type',
  'pre-steps',
  'post-steps',
  'serial-group',
  'override-with',
];

/**
 * One job of a workflow after matrix expansion: the name CircleCI shows, the
 * job it runs with its arguments, and the names of the jobs it requires.
 *
 * @typedef {{ name: string, job: string, args: Record<string, unknown>, requires: string[] }} WorkflowJob
 */

/**
 * Expands a workflow's `jobs` list. A `matrix` entry becomes one job per
 * combination of its parameters less `exclude`, named `<job>-<values>` with
 * the values in the order of their parameters' names (CircleCI's naming:
 * `build` with `version: [0.1]` and `platform: [macos]` gives
 * `build-macos-0.1`), unless the entry's `name` says otherwise through
 * `<< matrix.x >>`. A `requires` naming a matrix's alias (its job's name unless
 * `alias` is given) requires every job of the matrix.
 *
 * @param {Record<string, any>} workflow
 * @param {string} where e.g. `workflows.ci`
 * @returns {WorkflowJob[]}
 */
export function expandWorkflow(workflow, where) {
  for (const key of Object.keys(workflow)) {
    if (key !== 'jobs') throw unsupported(`workflow ${key}`, where);
  }
  const aliases = new Map();
  const jobs = (workflow.jobs ?? []).flatMap((entry, index) => {
    const at = `${where}.jobs[${index}]`;
    const [job, options] = typeof entry === 'string' ? [entry, {}] : Object.entries(entry)[0];
    const { name, requires = [], matrix, ...args } = options ?? {};
    for (const key of UNSUPPORTED_ENTRY_KEYS) {
      if (key in args) throw unsupported(key === 'type' ? `job type ${args.type}` : key, at);
    }
    const combinations = matrix ? matrixCombinations(matrix, at) : [undefined];
    const expanded = combinations.map((values) => {
      const scope = values ? { matrix: values } : {};
      const jobName = values
        ? name === undefined
          ? [
              job,
              ...Object.keys(values)
                .sort()
                .map((key) => String(values[key])),
            ].join('-')
          : substitute(name, scope, at)
        : (name ?? job);
      return { name: jobName, job, args: { ...args, ...values }, requires: substitute(requires, scope, at) };
    });
    const alias = matrix?.alias ?? name ?? job;
    aliases.set(alias, [...(aliases.get(alias) ?? []), ...expanded.map((item) => item.name)]);
    return expanded;
  });
  const names = new Set();
  for (const { name } of jobs) {
    if (names.has(name)) throw new ConfigError(`${where}: two jobs are named ${name} (give one a name)`);
    names.add(name);
  }
  return jobs.map((item) => ({
    ...item,
    requires: item.requires.flatMap((required) => {
      if (typeof required !== 'string')
        throw unsupported(`requires with a status (${JSON.stringify(required)})`, where);
      if (names.has(required)) return [required];
      if (aliases.has(required)) return aliases.get(required);
      throw new ConfigError(`${item.name} requires ${required}, which is not a job of ${where}`);
    }),
  }));
}

/** The parameter combinations of a matrix, each as a map, in the order of its lists, less `exclude`. */
function matrixCombinations(matrix, at) {
  for (const key of Object.keys(matrix)) {
    if (!['parameters', 'exclude', 'alias'].includes(key)) throw unsupported(`matrix.${key}`, at);
  }
  const combinations = Object.entries(matrix.parameters ?? {}).reduce(
    (partial, [name, values]) =>
      partial.flatMap((combination) => values.map((value) => ({ ...combination, [name]: value }))),
    [{}],
  );
  const excluded = (combination) =>
    (matrix.exclude ?? []).some((exclude) =>
      Object.entries(exclude).every(([name, value]) => combination[name] === value),
    );
  return combinations.filter((combination) => !excluded(combination));
}
