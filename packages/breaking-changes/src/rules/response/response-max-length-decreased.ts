import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-max-length-decreased` (info): A response value got a lower (or new) `maxLength`: clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.
 */
export const responseMaxLengthDecreased: SchemaRule = boundRule({
  id: 'response-max-length-decreased',
  level: 'info',
  side: 'response',
  keyword: 'maxLength',
  change: 'tightened',
  summary:
    'A response value got a lower (or new) `maxLength`: clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.',
});
