import { boundRule } from '../helpers/bound-rule.js';
import type { SchemaRule } from '../rule.js';

/**
 * `request-min-length-decreased` (info): A lower (or removed) `minLength` on the request side accepts more values.
 */
export const requestMinLengthDecreased: SchemaRule = boundRule({
  id: 'request-min-length-decreased',
  level: 'info',
  side: 'request',
  keyword: 'minLength',
  change: 'loosened',
  summary: 'A lower (or removed) `minLength` on the request side accepts more values.',
});
