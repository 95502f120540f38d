import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-min-properties-decreased` (info): A lower (or removed) `minProperties` on the request side accepts more objects.
 */
export const requestMinPropertiesDecreased: SchemaRule = boundRule({
  id: 'request-min-properties-decreased',
  level: 'info',
  side: 'request',
  keyword: 'minProperties',
  change: 'loosened',
  summary: 'A lower (or removed) `minProperties` on the request side accepts more objects.',
});
