import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-min-items-decreased` (info): A lower (or removed) `minItems` on the request side accepts more arrays.
 */
export const requestMinItemsDecreased: SchemaRule = boundRule({
  id: 'request-min-items-decreased',
  level: 'info',
  side: 'request',
  keyword: 'minItems',
  change: 'loosened',
  summary: 'A lower (or removed) `minItems` on the request side accepts more arrays.',
});
