import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-max-items-decreased` (info): A response value got a lower (or new) `maxItems`: clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.
 */
export const responseMaxItemsDecreased: SchemaRule = boundRule({
  id: 'response-max-items-decreased',
  level: 'info',
  side: 'response',
  keyword: 'maxItems',
  change: 'tightened',
  summary:
    'A response value got a lower (or new) `maxItems`: clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.',
});
