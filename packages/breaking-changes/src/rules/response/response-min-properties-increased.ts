import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-min-properties-increased` (info): A response object got a higher (or new) `minProperties`: clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.
 */
export const responseMinPropertiesIncreased: SchemaRule = boundRule({
  id: 'response-min-properties-increased',
  level: 'info',
  side: 'response',
  keyword: 'minProperties',
  change: 'tightened',
  summary:
    'A response object got a higher (or new) `minProperties`: clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.',
});
