import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-min-items-increased` (error): A higher (or new) `minItems` on the request side rejects arrays that were accepted.
 */
export const requestMinItemsIncreased: SchemaRule = boundRule({
  id: 'request-min-items-increased',
  level: 'error',
  side: 'request',
  keyword: 'minItems',
  change: 'tightened',
  summary: 'A higher (or new) `minItems` on the request side rejects arrays that were accepted.',
});
