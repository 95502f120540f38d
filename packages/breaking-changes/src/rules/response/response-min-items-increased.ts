import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-min-items-increased` (info): A response value got a higher (or new) `minItems`: clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.
 */
export const responseMinItemsIncreased: SchemaRule = boundRule({
  id: 'response-min-items-increased',
  level: 'info',
  side: 'response',
  keyword: 'minItems',
  change: 'tightened',
  summary:
    'A response value got a higher (or new) `minItems`: clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.',
});
