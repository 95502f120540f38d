import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-maximum-increased` (info): A higher (or removed) `maximum` on the request side accepts more numbers.
 */
export const requestMaximumIncreased: SchemaRule = boundRule({
  id: 'request-maximum-increased',
  level: 'info',
  side: 'request',
  keyword: 'maximum',
  change: 'loosened',
  summary: 'A higher (or removed) `maximum` on the request side accepts more numbers.',
});
