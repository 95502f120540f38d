import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

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
