import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-max-properties-increased` (info): A higher (or removed) `maxProperties` on the request side accepts more objects.
 */
export const requestMaxPropertiesIncreased: SchemaRule = boundRule({
  id: 'request-max-properties-increased',
  level: 'info',
  side: 'request',
  keyword: 'maxProperties',
  change: 'loosened',
  summary: 'A higher (or removed) `maxProperties` on the request side accepts more objects.',
});
