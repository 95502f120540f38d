import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-max-items-increased` (warn): A higher (or removed) `maxItems` on the response side can send longer arrays than clients expect.
 */
export const responseMaxItemsIncreased: SchemaRule = boundRule({
  id: 'response-max-items-increased',
  level: 'warn',
  side: 'response',
  keyword: 'maxItems',
  change: 'loosened',
  summary: 'A higher (or removed) `maxItems` on the response side can send longer arrays than clients expect.',
});
