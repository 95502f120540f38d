import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-max-properties-decreased` (error): A lower (or new) `maxProperties` on the request side rejects objects that were accepted.
 */
export const requestMaxPropertiesDecreased: SchemaRule = boundRule({
  id: 'request-max-properties-decreased',
  level: 'error',
  side: 'request',
  keyword: 'maxProperties',
  change: 'tightened',
  summary: 'A lower (or new) `maxProperties` on the request side rejects objects that were accepted.',
});
