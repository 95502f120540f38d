import { isAbsolute, resolve } from 'node:path';
import type { LoadedConfig } from './config.ts';

/** CircleCI's live OpenAPI document: the last resort of {@link resolveSpecSource}. */
export const LIVE_SPEC_URL = 'https://circleci.com/api/v2/openapi.json';

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
  /** The loaded config (see `loadConfig`); its `spec` is already absolute. */
  config?: LoadedConfig | undefined;
}

function absolute(spec: string, base: string): string {
  return /^https?:\/\//i.test(spec) || isAbsolute(spec) ? spec : resolve(base, spec);
}

/**
 * Decides which spec a command reads, in order: the `--spec` flag, the
 * `CIRCLECI_OPENAPI_SPEC` environment variable, the `spec` field of the
 * config (a relative path there is relative to the config file's folder),
 * then CircleCI's live document. Relative paths from the flag or the
 * environment are relative to `cwd`.
 *
 * @example
 * resolveSpecSource({ flag: undefined, env: process.env, cwd: process.cwd(), config: await loadConfig({ cwd }) });
 * // → { spec: '/work/shared/specs/current/openapi.json', from: 'config', configPath: '…/circleci-kit.config.json' }
 */
export function resolveSpecSource(input: SpecSourceInput): ResolvedSpecSource {
  if (input.flag !== undefined && input.flag !== '') return { spec: absolute(input.flag, input.cwd), from: 'flag' };
  const fromEnv = input.env.CIRCLECI_OPENAPI_SPEC;
  if (fromEnv !== undefined && fromEnv !== '') return { spec: absolute(fromEnv, input.cwd), from: 'env' };
  const { config } = input;
  if (config?.config.spec !== undefined && config.path !== undefined) {
    return { spec: config.config.spec, from: 'config', configPath: config.path };
  }
  return { spec: LIVE_SPEC_URL, from: 'default' };
}
