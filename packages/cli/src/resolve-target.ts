import type { CircleciKitConfig } from './config.ts';
import { resolveToken, type ResolvedToken } from './resolve-token.ts';

/** A command's target and the token it will send there. */
export interface ResolvedTarget {
  /** `mock` or an http(s) base URL. */
  target: string;
  /** The token, never printed; may be unset. */
  token: ResolvedToken;
}

/**
 * The target of a command that calls the API (`--target`, already checked
 * by `targetOption`; else the config's `target`, checked by the config
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
