import { multipleOfRule } from '../helpers/multiple-of.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-multiple-of-loosened` (warn): A response number lost its `multipleOf`, or got one that is not a whole multiple of the old one (0.05 → 0.01, 2 → 3): clients may receive numbers they were told they would not.
 */
export const responseMultipleOfLoosened: SchemaRule = multipleOfRule({
  id: 'response-multiple-of-loosened',
  level: 'warn',
  side: 'response',
  changes: ['loosened', 'changed'],
  summary:
    'A response number lost its `multipleOf`, or got one that is not a whole multiple of the old one (0.05 → 0.01, 2 → 3): clients may receive numbers they were told they would not.',
});
