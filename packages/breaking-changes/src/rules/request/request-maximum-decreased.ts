import { boundRule } from '../helpers/bound-rule.js';
import type { SchemaRule } from '../rule.js';

/**
 * `request-maximum-decreased` (error): A lower (or new) `maximum` on the request side rejects numbers that were accepted.
 */
export const requestMaximumDecreased: SchemaRule = boundRule({
  id: 'request-maximum-decreased',
  level: 'error',
  side: 'request',
  keyword: 'maximum',
  change: 'tightened',
  summary: 'A lower (or new) `maximum` on the request side rejects numbers that were accepted.',
});
