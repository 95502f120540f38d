import { unionPresenceRule } from '../helpers/union-presence-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-union-removed` (info): A request schema lost the `oneOf`/`anyOf` beside its other keywords: more values are accepted.
 */
export const requestUnionRemoved: SchemaRule = unionPresenceRule({
  id: 'request-union-removed',
  level: 'info',
  side: 'request',
  change: 'removed',
  summary: 'A request schema lost the `oneOf`/`anyOf` beside its other keywords: more values are accepted.',
  says: (keyword) => `no longer limited by \`${keyword}\``,
});
