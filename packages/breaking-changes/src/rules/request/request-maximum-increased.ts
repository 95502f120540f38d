import { boundRule } from '../helpers/bound-rule.js';
import type { SchemaRule } from '../rule.js';

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
