import type { CircleciKitConfig } from './config.ts';

/** The token a command would send, and where it was looked for. The value is never printed. */
export interface ResolvedToken {
  /** The token, when one of `candidates` is set and not empty. */
  value: string | undefined;
  /** The variable that held it. */
  from: string | undefined;
  /** The variables looked at, in order. */
  candidates: string[];
}

/**
 * Finds the CircleCI token: the variable named by the config's `tokenEnv`,
 * else `CIRCLECI_TOKEN`, then `CIRCLE_TOKEN`.
 *
 * @example
 * resolveToken(process.env, config).from; // 'CIRCLECI_TOKEN'
 */
export function resolveToken(
  env: Readonly<Record<string, string | undefined>>,
  config: Pick<CircleciKitConfig, 'tokenEnv'> = {},
): ResolvedToken {
  const candidates = config.tokenEnv === undefined ? ['CIRCLECI_TOKEN', 'CIRCLE_TOKEN'] : [config.tokenEnv];
  for (const name of candidates) {
    const value = env[name];
    if (value !== undefined && value !== '') return { value, from: name, candidates };
  }
  return { value: undefined, from: undefined, candidates };
}
