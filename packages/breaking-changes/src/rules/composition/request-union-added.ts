import { unionPresenceRule } from '../helpers/union-presence-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-union-added` (warn): A request schema gained a `oneOf`/`anyOf` beside its other keywords: values must now also match one of its branches.
 */
export const requestUnionAdded: SchemaRule = unionPresenceRule({
  id: 'request-union-added',
  level: 'warn',
  side: 'request',
  change: 'added',
  summary:
    'A request schema gained a `oneOf`/`anyOf` beside its other keywords: values must now also match one of its branches.',
  says: (keyword, branches) => `now must also match \`${keyword}\` (${branches} branches)`,
});
