import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-min-length-increased` (info): A response value got a higher (or new) `minLength`: clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.
 */
export const responseMinLengthIncreased: SchemaRule = boundRule({
  id: 'response-min-length-increased',
  level: 'info',
  side: 'response',
  keyword: 'minLength',
  change: 'tightened',
  summary:
    'A response value got a higher (or new) `minLength`: clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.',
});
