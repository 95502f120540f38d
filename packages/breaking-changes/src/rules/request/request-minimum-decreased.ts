import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-minimum-decreased` (info): A lower (or removed) `minimum` on the request side accepts more numbers.
 */
export const requestMinimumDecreased: SchemaRule = boundRule({
  id: 'request-minimum-decreased',
  level: 'info',
  side: 'request',
  keyword: 'minimum',
  change: 'loosened',
  summary: 'A lower (or removed) `minimum` on the request side accepts more numbers.',
});
