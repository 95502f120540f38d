import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-max-items-increased` (info): A higher (or removed) `maxItems` on the request side accepts more arrays.
 */
export const requestMaxItemsIncreased: SchemaRule = boundRule({
  id: 'request-max-items-increased',
  level: 'info',
  side: 'request',
  keyword: 'maxItems',
  change: 'loosened',
  summary: 'A higher (or removed) `maxItems` on the request side accepts more arrays.',
});
