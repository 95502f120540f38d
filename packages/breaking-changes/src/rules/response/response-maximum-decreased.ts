import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-maximum-decreased` (info): A response value got a lower (or new) `maximum`: clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.
 */
export const responseMaximumDecreased: SchemaRule = boundRule({
  id: 'response-maximum-decreased',
  level: 'info',
  side: 'response',
  keyword: 'maximum',
  change: 'tightened',
  summary:
    'A response value got a lower (or new) `maximum`: clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.',
});
