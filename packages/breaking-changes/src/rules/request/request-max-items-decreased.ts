import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-max-items-decreased` (error): A lower (or new) `maxItems` on the request side rejects arrays that were accepted.
 */
export const requestMaxItemsDecreased: SchemaRule = boundRule({
  id: 'request-max-items-decreased',
  level: 'error',
  side: 'request',
  keyword: 'maxItems',
  change: 'tightened',
  summary: 'A lower (or new) `maxItems` on the request side rejects arrays that were accepted.',
});
