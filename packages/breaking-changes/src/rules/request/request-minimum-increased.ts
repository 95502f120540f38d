import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-minimum-increased` (error): A higher (or new) `minimum` on the request side rejects numbers that were accepted.
 */
export const requestMinimumIncreased: SchemaRule = boundRule({
  id: 'request-minimum-increased',
  level: 'error',
  side: 'request',
  keyword: 'minimum',
  change: 'tightened',
  summary: 'A higher (or new) `minimum` on the request side rejects numbers that were accepted.',
});
