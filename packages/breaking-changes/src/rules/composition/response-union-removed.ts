import { unionPresenceRule } from '../helpers/union-presence-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-union-removed` (warn): A response schema lost the `oneOf`/`anyOf` beside its other keywords: clients may receive values none of its branches allowed.
 */
export const responseUnionRemoved: SchemaRule = unionPresenceRule({
  id: 'response-union-removed',
  level: 'warn',
  side: 'response',
  change: 'removed',
  summary:
    'A response schema lost the `oneOf`/`anyOf` beside its other keywords: clients may receive values none of its branches allowed.',
  says: (keyword) => `no longer limited by \`${keyword}\`: clients may receive values none of its branches allowed`,
});
