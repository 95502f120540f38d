import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { parsePointer } from '@circleci-kit/spec-loader/json-pointer';
import { CliError } from './cli-error.ts';
import { ExitCode } from './exit-codes.ts';
import { type ConfigSchemaError, validateConfig } from './generated/config-validator.ts';

/** The config file names searched upward from the working directory, in the order they are tried in one folder. */
export const CONFIG_FILES: readonly string[] = ['circleci-kit.config.json', 'circleci-kit.config.ts'];

/**
 * The content of `circleci-kit.config.json` (or the default export of
 * `circleci-kit.config.ts`). `config.schema.json` beside the CLI's
 * `package.json` is its JSON Schema. Flags win over the config, the config
 * over built-in defaults; relative paths are relative to the config's folder.
 *
 * @example
 * { "$schema": "./node_modules/@circleci-kit/cli/config.schema.json", "spec": "specs/openapi.json", "target": "mock" }
 */
export interface CircleciKitConfig {
  /** The JSON Schema of the file, for editors. */
  $schema?: string;
  /** The OpenAPI document: a file path or an http(s) URL. @default the live spec */
  spec?: string;
  /** `mock` or a provider's API base URL. @default 'mock' */
  target?: string;
  /** The environment variable holding the token. @default 'CIRCLECI_TOKEN', then 'CIRCLE_TOKEN' */
  tokenEnv?: string;
  /** Reports conformance writes, by format. */
  reports?: { junit?: string; json?: string; html?: string };
  /** Pact settings: `dir` is where contracts are written and read. */
  pact?: { dir?: string };
  /**
   * The breaking-changes log, or a folder of its dated revisions; the
   * severity file (`rule-id: level` per line) and the ignore file (known
   * changes) `breaking diff` uses when `--severity` or `--ignore` is not given;
   * the pact file or folder it names each change's consumers from when
   * `--pacts` is not given.
   */
  breaking?: { log?: string; logHistory?: string; severity?: string; ignore?: string; pacts?: string };
}

/** A config as a command sees it: the values (paths made absolute) and where they came from. */
export interface LoadedConfig {
  /** The config file, or undefined when none was found (every value is then a default). */
  path: string | undefined;
  /** How the file was found: `--config`, found upward from the working directory, or none. */
  from: 'flag' | 'search' | 'none';
  config: CircleciKitConfig;
}

/** What {@link loadConfig} reads. */
export interface LoadConfigInput {
  /** `--config PATH`: this file and no search. */
  flag?: string | undefined;
  cwd: string;
}

/**
 * Helps type a `circleci-kit.config.ts`; returns its argument unchanged.
 *
 * @example
 * // circleci-kit.config.ts
 * import { defineConfig } from '@circleci-kit/cli';
 * export default defineConfig({ spec: 'specs/openapi.json', target: 'mock' });
 */
export function defineConfig(config: CircleciKitConfig): CircleciKitConfig {
  return config;
}

/** The nearest config file upward from `cwd`, or undefined. Two in one folder is an error (exit 2). */
export function findConfigFile(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const found = CONFIG_FILES.map((name) => join(dir, name)).filter((candidate) => existsSync(candidate));
    if (found.length > 1) {
      throw new CliError(
        `${dir} holds both ${found.map((file) => basename(file)).join(' and ')}: keep one`,
        ExitCode.usage,
        'BAD_CONFIG',
      );
    }
    if (found[0] !== undefined) return found[0];
    if (dirname(dir) === dir) return undefined;
  }
}

/** Validates a config against config.schema.json, with the validator compiled from it ahead of time. */
function validate(value: unknown): ConfigSchemaError[] {
  return validateConfig(value) ? [] : (validateConfig.errors ?? []);
}

/** `"pact.dir" must be string`: the field named as a dotted path, then what is wrong with it. */
function describe(error: ConfigSchemaError): string {
  const path = parsePointer(error.instancePath) ?? [];
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    return `unknown field "${[...path, extra].join('.')}"`;
  }
  const field = path.length === 0 ? 'the config' : `"${path.join('.')}"`;
  if (error.keyword === 'anyOf' && path[0] === 'target') return `${field} must be "mock" or an http(s) URL`;
  return `${field} ${error.message ?? 'is invalid'}`;
}

async function readConfig(path: string): Promise<unknown> {
  if (path.endsWith('.ts')) {
    try {
      // jiti compiles the TypeScript config in-process; loaded only when a .ts config exists.
      const { createJiti } = await import('jiti');
      return await createJiti(import.meta.url, { moduleCache: false, fsCache: false }).import(path, { default: true });
    } catch (error) {
      throw new CliError(`cannot load ${path}: ${(error as Error).message}`, ExitCode.usage, 'BAD_CONFIG');
    }
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      ExitCode.usage,
      'BAD_CONFIG',
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`, ExitCode.usage, 'BAD_CONFIG');
  }
}

function absolute(value: string | undefined, base: string): string | undefined {
  if (value === undefined) return undefined;
  return /^https?:\/\//i.test(value) || isAbsolute(value) ? value : resolve(base, value);
}

/** The config with every path made absolute against the config file's folder. */
function resolvePaths(config: CircleciKitConfig, base: string): CircleciKitConfig {
  const out: CircleciKitConfig = { ...config };
  if (config.spec !== undefined) out.spec = absolute(config.spec, base)!;
  if (config.reports) {
    out.reports = Object.fromEntries(
      Object.entries(config.reports).map(([format, path]) => [format, absolute(path, base)]),
    );
  }
  if (config.pact?.dir !== undefined) out.pact = { dir: absolute(config.pact.dir, base)! };
  if (config.breaking) {
    out.breaking = Object.fromEntries(
      Object.entries(config.breaking).map(([key, path]) => [key, absolute(path, base)]),
    );
  }
  return out;
}

/**
 * Loads the config: the file `--config` names, else the nearest
 * `circleci-kit.config.json` or `circleci-kit.config.ts` upward from `cwd`,
 * else an empty config. The file is validated against `config.schema.json`;
 * an unreadable or invalid config is a `CliError` with exit code 2 whose
 * message names the file and the field.
 *
 * @example
 * const { config, path } = await loadConfig({ flag: undefined, cwd: process.cwd() });
 * config.spec; // '/work/shared/specs/current/openapi.json'
 */
export async function loadConfig(input: LoadConfigInput): Promise<LoadedConfig> {
  const explicit = input.flag !== undefined && input.flag !== '';
  const path = explicit ? resolve(input.cwd, input.flag!) : findConfigFile(input.cwd);
  if (path === undefined) return { path: undefined, from: 'none', config: {} };
  if (explicit && !existsSync(path)) {
    throw new CliError(`--config ${input.flag}: no such file`, ExitCode.usage, 'BAD_CONFIG');
  }
  const value = await readConfig(path);
  // A field that fails an anyOf also fails each branch: report it once.
  const all = validate(value);
  const anyOf = new Set(all.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const errors = all.filter((e) => e.keyword === 'anyOf' || !anyOf.has(e.instancePath));
  if (errors.length > 0) {
    throw new CliError(
      `invalid config ${path}: ${errors.map(describe).join('; ')} (see config.schema.json)`,
      ExitCode.usage,
      'BAD_CONFIG',
    );
  }
  return { path, from: explicit ? 'flag' : 'search', config: resolvePaths(value as CircleciKitConfig, dirname(path)) };
}
