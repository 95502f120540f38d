import { ConformanceError } from './conformance-error.ts';

/** One shard of a run: `index` counts from 1 to `total`. */
export interface Shard {
  readonly index: number;
  readonly total: number;
}

/**
 * Parses `i/n` (1-based, as `--shard 2/4`).
 *
 * @throws {ConformanceError} `BAD_SHARD` naming what is wrong.
 * @example
 * parseShard('2/4'); // { index: 2, total: 4 }
 */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) throw new ConformanceError('BAD_SHARD', `--shard "${text}": expected i/n, e.g. 1/4`, text);
  const index = Number(match[1]);
  const total = Number(match[2]);
  if (total < 1) throw new ConformanceError('BAD_SHARD', `--shard "${text}": n must be at least 1`, text);
  if (index < 1 || index > total) {
    throw new ConformanceError('BAD_SHARD', `--shard "${text}": i must be between 1 and ${total}`, text);
  }
  return { index, total };
}

/**
 * The shard CircleCI's parallelism gives this container: `CIRCLE_NODE_INDEX`
 * (0-based) and `CIRCLE_NODE_TOTAL`, or `undefined` when they are not both set.
 *
 * @example
 * shardFromEnv({ CIRCLE_NODE_INDEX: '0', CIRCLE_NODE_TOTAL: '4' }); // { index: 1, total: 4 }
 */
export function shardFromEnv(env: Readonly<Record<string, string | undefined>>): Shard | undefined {
  const index = env.CIRCLE_NODE_INDEX;
  const total = env.CIRCLE_NODE_TOTAL;
  if (index === undefined || total === undefined || index === '' || total === '') return undefined;
  return parseShard(`${Number(index) + 1}/${total}`);
}
