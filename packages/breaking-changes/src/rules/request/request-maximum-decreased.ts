import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

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
