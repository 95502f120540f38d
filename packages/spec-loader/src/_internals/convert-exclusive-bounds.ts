import { findPair, removePair, renamePair, scalarValue } from './convert-nodes.ts';
import type { SchemaRule } from './convert-rule.ts';

const BOUNDS = [
  ['exclusiveMinimum', 'minimum'],
  ['exclusiveMaximum', 'maximum'],
] as const;

/**
 * 3.0's boolean `exclusiveMinimum: true` beside `minimum: n` becomes 3.1's
 * `exclusiveMinimum: n`, in the place of `minimum` (which goes); `false`
 * (the default) goes. Likewise for the maximum. A `true` without a number
 * to make exclusive bounds nothing in 3.0 and goes too.
 */
export const rewriteExclusiveBounds: SchemaRule = (schema, { resolve, note }) => {
  for (const [flag, bound] of BOUNDS) {
    const flagPair = findPair(schema, flag);
    const exclusive = scalarValue(resolve(flagPair?.value));
    if (flagPair === undefined || typeof exclusive !== 'boolean') continue;
    const boundPair = findPair(schema, bound);
    const limit = scalarValue(resolve(boundPair?.value));
    if (exclusive && boundPair !== undefined && typeof limit === 'number') {
      removePair(schema, flagPair, boundPair);
      renamePair(boundPair, flag);
      note('exclusive-bound', `${flag}: true, ${bound}: ${limit} → ${flag}: ${limit}`);
    } else {
      removePair(schema, flagPair);
      note(
        'exclusive-bound',
        exclusive ? `${flag}: true removed: there is no numeric ${bound} to make exclusive` : `${flag}: false removed`,
      );
    }
  }
};
