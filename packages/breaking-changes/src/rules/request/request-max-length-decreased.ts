import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-max-length-decreased` (error): A lower (or new) `maxLength` on the request side rejects values that were accepted.
 */
export const requestMaxLengthDecreased: SchemaRule = boundRule({
  id: 'request-max-length-decreased',
  level: 'error',
  side: 'request',
  keyword: 'maxLength',
  change: 'tightened',
  summary: 'A lower (or new) `maxLength` on the request side rejects values that were accepted.',
});
