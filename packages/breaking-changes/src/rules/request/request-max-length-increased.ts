import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-max-length-increased` (info): A higher (or removed) `maxLength` on the request side accepts more values.
 */
export const requestMaxLengthIncreased: SchemaRule = boundRule({
  id: 'request-max-length-increased',
  level: 'info',
  side: 'request',
  keyword: 'maxLength',
  change: 'loosened',
  summary: 'A higher (or removed) `maxLength` on the request side accepts more values.',
});
