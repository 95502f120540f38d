import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-min-properties-increased` (error): A higher (or new) `minProperties` on the request side rejects objects that were accepted.
 */
export const requestMinPropertiesIncreased: SchemaRule = boundRule({
  id: 'request-min-properties-increased',
  level: 'error',
  side: 'request',
  keyword: 'minProperties',
  change: 'tightened',
  summary: 'A higher (or new) `minProperties` on the request side rejects objects that were accepted.',
});
