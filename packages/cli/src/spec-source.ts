import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { CliError } from './cli-error.js';
import { ExitCode } from './exit-codes.js';

/** CircleCI's live OpenAPI document: the last resort of {@link resolveSpecSource}. */
export const LIVE_SPEC_URL = 'https://circleci.com/api/v2/openapi.json';

/** The name of the project config file searched upward from the working directory. */
export const CONFIG_FILE = 'circleci-kit.config.json';

/** Where the spec comes from, and which rule chose it. */
export interface ResolvedSpecSource {
  /** A file path (absolute) or an http(s) URL. */
  spec: string;
  from: 'flag' | 'env' | 'config' | 'default';
  /** The config file that named it, when `from` is `config`. */
  configPath?: string;
}

/** What {@link resolveSpecSource} reads. */
export interface SpecSourceInput {
  /** The `--spec` flag, if given. */
  flag?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

function absolute(spec: string, base: string): string {
  return /^https?:\/\//i.test(spec) || isAbsolute(spec) ? spec : resolve(base, spec);
}

function findConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

function readConfigSpec(path: string): string | undefined {
  let config: unknown;
  try {
    config = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`, ExitCode.usage, 'BAD_CONFIG');
  }
  const spec = (config as { spec?: unknown } | null)?.spec;
  if (spec === undefined) return undefined;
  if (typeof spec !== 'string' || spec === '') {
    throw new CliError(`${path}: "spec" must be a file path or an http(s) URL`, ExitCode.usage, 'BAD_CONFIG');
  }
  return spec;
}

/**
 * Decides which spec a command reads, in order: the `--spec` flag, the
 * `CIRCLECI_OPENAPI_SPEC` environment variable, the `spec` field of the
 * nearest `circleci-kit.config.json` found upward from `cwd` (a relative path
 * there is relative to the config file's folder), then CircleCI's live
 * document. Relative paths from the flag or the environment are relative to `cwd`.
 *
 * @example
 * resolveSpecSource({ flag: undefined, env: process.env, cwd: process.cwd() });
 * // → { spec: '/work/shared/specs/current/openapi.json', from: 'config', configPath: '…/circleci-kit.config.json' }
 */
export function resolveSpecSource(input: SpecSourceInput): ResolvedSpecSource {
  if (input.flag !== undefined && input.flag !== '') return { spec: absolute(input.flag, input.cwd), from: 'flag' };
  const fromEnv = input.env.CIRCLECI_OPENAPI_SPEC;
  if (fromEnv !== undefined && fromEnv !== '') return { spec: absolute(fromEnv, input.cwd), from: 'env' };
  const configPath = findConfig(input.cwd);
  const fromConfig = configPath === undefined ? undefined : readConfigSpec(configPath);
  if (configPath !== undefined && fromConfig !== undefined) {
    return { spec: absolute(fromConfig, dirname(configPath)), from: 'config', configPath };
  }
  return { spec: LIVE_SPEC_URL, from: 'default' };
}
