import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-minimum-increased` (info): A response value got a higher (or new) `minimum`: clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.
 */
export const responseMinimumIncreased: SchemaRule = boundRule({
  id: 'response-minimum-increased',
  level: 'info',
  side: 'response',
  keyword: 'minimum',
  change: 'tightened',
  summary:
    'A response value got a higher (or new) `minimum`: clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.',
});
