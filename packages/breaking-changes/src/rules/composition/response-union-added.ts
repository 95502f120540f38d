import { unionPresenceRule } from '../helpers/union-presence-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-union-added` (info): A response schema gained a `oneOf`/`anyOf` beside its other keywords: clients receive fewer shapes.
 */
export const responseUnionAdded: SchemaRule = unionPresenceRule({
  id: 'response-union-added',
  level: 'info',
  side: 'response',
  change: 'added',
  summary: 'A response schema gained a `oneOf`/`anyOf` beside its other keywords: clients receive fewer shapes.',
  says: (keyword, branches) => `now also limited by \`${keyword}\` (${branches} branches)`,
});
