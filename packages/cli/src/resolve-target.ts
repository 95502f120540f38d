import { InvalidArgumentError } from 'commander';
import type { CircleciKitConfig } from './config.js';
import { resolveToken, type ResolvedToken } from './resolve-token.js';

/**
 * The parser of a `--target` option: `mock` (the embedded mock server) or
 * an http(s) base URL; anything else is commander's usage error (exit 2)
 * naming the value, as for every option (see `integerOption`).
 *
 * @example
 * command.option('--target <mock|url>', 'mock, or the API base of a provider', targetOption);
 * targetOption('https://circleci.com/api/v2'); // 'https://circleci.com/api/v2'
 * targetOption('circleci.com'); // throws InvalidArgumentError
 */
export function targetOption(text: string): string {
  if (text !== 'mock' && !/^https?:\/\/[^/]/i.test(text)) {
    throw new InvalidArgumentError('Expected mock or an http(s) URL.');
  }
  return text;
}

/** A command's target and the token it will send there. */
export interface ResolvedTarget {
  /** `mock` or an http(s) base URL. */
  target: string;
  /** The token, never printed; may be unset. */
  token: ResolvedToken;
}

/**
 * The target of a command that calls the API (`--target`, already checked
 * by {@link targetOption}; else the config's `target`, checked by the config
 * schema; else `mock`) and its token, unchecked: `runConformance` refuses a
 * URL target without a token, and `pact verify` does so itself.
 *
 * @example
 * const { target, token } = resolveTarget(flags.target, config, io.env);
 */
export function resolveTarget(
  flag: string | undefined,
  config: Pick<CircleciKitConfig, 'target' | 'tokenEnv'>,
  env: Readonly<Record<string, string | undefined>>,
): ResolvedTarget {
  return { target: flag ?? config.target ?? 'mock', token: resolveToken(env, config) };
}
