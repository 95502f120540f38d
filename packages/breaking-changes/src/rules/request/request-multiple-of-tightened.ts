import { multipleOfRule } from '../helpers/multiple-of.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-multiple-of-tightened` (error): A request number got a `multipleOf`, or one the old step is not a whole multiple of (0.01 → 0.05, 2 → 3): numbers clients sent before are refused.
 */
export const requestMultipleOfTightened: SchemaRule = multipleOfRule({
  id: 'request-multiple-of-tightened',
  level: 'error',
  side: 'request',
  changes: ['tightened', 'changed'],
  summary:
    'A request number got a `multipleOf`, or one the old step is not a whole multiple of (0.01 → 0.05, 2 → 3): numbers clients sent before are refused.',
});
