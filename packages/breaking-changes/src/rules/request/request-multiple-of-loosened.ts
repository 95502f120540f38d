import { multipleOfRule } from '../helpers/multiple-of.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-multiple-of-loosened` (info): A request number lost its `multipleOf`, or got one the old step is a whole multiple of (0.05 → 0.01): every number accepted before still is, and more.
 */
export const requestMultipleOfLoosened: SchemaRule = multipleOfRule({
  id: 'request-multiple-of-loosened',
  level: 'info',
  side: 'request',
  changes: ['loosened'],
  summary:
    'A request number lost its `multipleOf`, or got one the old step is a whole multiple of (0.05 → 0.01): every number accepted before still is, and more.',
});
