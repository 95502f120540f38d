import { multipleOfRule } from '../helpers/multiple-of.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-multiple-of-tightened` (info): A response number got a `multipleOf`, or one that is a whole multiple of the old one (0.01 → 0.05): clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.
 */
export const responseMultipleOfTightened: SchemaRule = multipleOfRule({
  id: 'response-multiple-of-tightened',
  level: 'info',
  side: 'response',
  changes: ['tightened'],
  summary:
    'A response number got a `multipleOf`, or one that is a whole multiple of the old one (0.01 → 0.05): clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.',
});
