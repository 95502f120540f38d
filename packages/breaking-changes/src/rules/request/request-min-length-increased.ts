import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-min-length-increased` (error): A higher (or new) `minLength` on the request side rejects values that were accepted.
 */
export const requestMinLengthIncreased: SchemaRule = boundRule({
  id: 'request-min-length-increased',
  level: 'error',
  side: 'request',
  keyword: 'minLength',
  change: 'tightened',
  summary: 'A higher (or new) `minLength` on the request side rejects values that were accepted.',
});
