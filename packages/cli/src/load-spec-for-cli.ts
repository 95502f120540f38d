import { homedir } from 'node:os';
import { join } from 'node:path';
import { loadSpec, SpecError, type LoadedSpec, type SpecErrorCode } from '@circleci-kit/spec-loader';
import { CliError } from './cli-error.js';
import { ExitCode, type ExitCodeValue } from './exit-codes.js';
import type { CliIo } from './io.js';
import { resolveSpecSource, type ResolvedSpecSource } from './spec-source.js';

/** The spec options every command that reads the spec accepts. */
export interface SpecFlags {
  /** `--spec`: a file path or an http(s) URL. */
  spec?: string;
  /** `--no-cache` sets it to false. @default true */
  cache?: boolean;
  /** `--lenient`: load a spec that breaks OpenAPI 3.0, with warnings. @default false */
  lenient?: boolean;
}

/** The user's cache folder for circleci-kit: `$XDG_CACHE_HOME/circleci-kit` or `~/.cache/circleci-kit`. */
export function userCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  const base = env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache');
  return join(base, 'circleci-kit');
}

/** The exit code a spec error ends a command with: 3 network, 2 unreadable input, 1 an invalid spec. */
export function exitCodeOf(code: SpecErrorCode, spec: string): ExitCodeValue {
  if (code === 'FETCH_FAILED') return ExitCode.target;
  if (code === 'NOT_FOUND') return /^https?:/i.test(spec) ? ExitCode.target : ExitCode.usage;
  return ExitCode.checkFailed;
}

/**
 * Resolves the spec source (see `resolveSpecSource`) and loads it, with the
 * on-disk cache on unless `--no-cache`. A `SpecError` becomes a `CliError`
 * with the matching exit code.
 *
 * @example
 * const { spec } = await loadSpecForCli(io, { spec: options.spec, cache: options.cache });
 */
export async function loadSpecForCli(
  io: CliIo,
  flags: SpecFlags,
): Promise<{ spec: LoadedSpec; resolved: ResolvedSpecSource }> {
  const resolved = resolveSpecSource({ flag: flags.spec, env: io.env, cwd: io.cwd });
  try {
    const spec = await loadSpec(resolved.spec, {
      sourceType: /^https?:\/\//i.test(resolved.spec) ? 'url' : 'path',
      mode: flags.lenient === true ? 'lenient' : 'strict',
      ...(flags.cache === false ? {} : { cacheDir: userCacheDir(io.env) }),
    });
    return { spec, resolved };
  } catch (error) {
    if (error instanceof SpecError) {
      // `cause` keeps the SpecError (pointer, line, column, every problem) for `spec validate --json`.
      throw Object.assign(new CliError(error.message, exitCodeOf(error.code, resolved.spec), error.code), {
        cause: error,
      });
    }
    throw error;
  }
}
