import { ConfigError, unsupported } from './config-error.mjs';

const REFERENCE = /<<\s*([a-z]+)\.([A-Za-z0-9_.-]+)\s*>>/g;

/**
 * The values of declared parameters (`parameters:` of a job, command or
 * executor) for one invocation: each argument given, else the default. An
 * argument no parameter declares, or a parameter with neither, is an error.
 *
 * @param {Record<string, { type?: string, default?: unknown, enum?: unknown[] }> | undefined} declared
 * @param {Record<string, unknown>} args
 * @param {string} where for messages, e.g. `jobs.test`
 * @returns {Record<string, unknown>}
 * @example
 * bindParameters({ n: { type: 'integer', default: 1 } }, {}, 'jobs.a'); // { n: 1 }
 */
export function bindParameters(declared, args, where) {
  const bound = {};
  for (const name of Object.keys(args)) {
    if (!declared || !(name in declared)) throw new ConfigError(`${where} has no parameter ${name}`);
  }
  for (const [name, spec] of Object.entries(declared ?? {})) {
    const value = name in args ? args[name] : spec?.default;
    if (value === undefined) throw new ConfigError(`parameter ${name} of ${where} has no value and no default`);
    if (spec?.type === 'enum' && !(spec.enum ?? []).includes(value)) {
      throw new ConfigError(`parameter ${name} of ${where}: ${JSON.stringify(value)} is not one of its enum`);
    }
    bound[name] = value;
  }
  return bound;
}

/**
 * Replaces `<< parameters.x >>`, `<< matrix.x >>` and `<< pipeline.x >>`
 * throughout a config value, as CircleCI does when it compiles the config. A
 * string that is one reference and nothing else takes the value as it is (a
 * boolean, a number, a list of steps); elsewhere the value is written into the
 * string. A namespace missing from `scope` is left for a later pass.
 *
 * @param {unknown} value
 * @param {Record<string, Record<string, unknown>>} scope e.g. `{ parameters: { n: 2 } }`
 * @param {string} where for messages
 * @returns {any}
 * @example
 * substitute({ run: 'echo << parameters.n >>' }, { parameters: { n: 2 } }, 'jobs.a'); // { run: 'echo 2' }
 */
export function substitute(value, scope, where) {
  if (typeof value === 'string') {
    const whole = /^<<\s*([a-z]+)\.([A-Za-z0-9_.-]+)\s*>>$/.exec(value.trim());
    if (whole && whole[1] in scope) return lookUp(scope, whole[1], whole[2], where);
    return value.replace(REFERENCE, (text, space, name) =>
      space in scope ? String(lookUp(scope, space, name, where)) : text,
    );
  }
  if (Array.isArray(value)) return value.map((item) => substitute(item, scope, where));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substitute(item, scope, where)]));
  }
  return value;
}

/**
 * The references (`<< namespace.name >>`) still left in a config value after
 * every substitution: the first one, or undefined.
 *
 * @param {unknown} value
 * @returns {string | undefined}
 */
export function leftoverReference(value) {
  if (typeof value === 'string') return /<<\s*[a-z]+\.[A-Za-z0-9_.-]+\s*>>/.exec(value)?.[0];
  if (Array.isArray(value)) return value.map(leftoverReference).find(Boolean);
  if (value && typeof value === 'object') return Object.values(value).map(leftoverReference).find(Boolean);
  return undefined;
}

function lookUp(scope, space, name, where) {
  const values = scope[space];
  if (!Object.hasOwn(values, name)) {
    if (space === 'pipeline') throw unsupported(`<< pipeline.${name} >>`, where);
    throw new ConfigError(`${where} uses << ${space}.${name} >>, which is not declared there`);
  }
  return values[name];
}
