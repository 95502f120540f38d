import { CliError } from './cli-error.js';
import type { CircleciKitConfig } from './config.js';
import { ExitCode } from './exit-codes.js';
import { resolveToken, type ResolvedToken } from './resolve-token.js';

/**
 * Checks a `--target` value: `mock` (the embedded mock server) or an http(s)
 * base URL. Anything else is a usage error naming the value.
 *
 * @example
 * validateTarget('https://circleci.com/api/v2'); // 'https://circleci.com/api/v2'
 * validateTarget('circleci.com'); // throws CliError BAD_OPTION (exit 2)
 */
export function validateTarget(target: string): string {
  if (target !== 'mock' && !/^https?:\/\/[^/]/i.test(target)) {
    throw new CliError(`--target "${target}": expected mock or an http(s) URL`, ExitCode.usage, 'BAD_OPTION');
  }
  return target;
}

/** A command's target and the token it will send there. */
export interface ResolvedTarget {
  /** `mock` or an http(s) base URL. */
  target: string;
  /** The token, never printed; may be unset for the mock. */
  token: ResolvedToken;
}

/**
 * The target of a command that calls the API (`--target`, else the config's
 * `target`, else `mock`) and its token. A real target without a token is a
 * usage error that names the variables looked at.
 *
 * @example
 * const { target, token } = resolveTarget(flags.target, config, io.env);
 */
export function resolveTarget(
  flag: string | undefined,
  config: Pick<CircleciKitConfig, 'target' | 'tokenEnv'>,
  env: Readonly<Record<string, string | undefined>>,
): ResolvedTarget {
  const target = validateTarget(flag ?? config.target ?? 'mock');
  const token = resolveToken(env, config);
  if (target !== 'mock' && token.value === undefined) {
    throw new CliError(
      `a target other than the mock needs a token: set ${token.candidates.join(' or ')}`,
      ExitCode.usage,
      'NO_TOKEN',
    );
  }
  return { target, token };
}
