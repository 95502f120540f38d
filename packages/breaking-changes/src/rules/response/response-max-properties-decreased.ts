import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-max-properties-decreased` (info): A response object got a lower (or new) `maxProperties`: clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.
 */
export const responseMaxPropertiesDecreased: SchemaRule = boundRule({
  id: 'response-max-properties-decreased',
  level: 'info',
  side: 'response',
  keyword: 'maxProperties',
  change: 'tightened',
  summary:
    'A response object got a lower (or new) `maxProperties`: clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.',
});
