import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-min-properties-decreased` (warn): A lower (or removed) `minProperties` on the response side can send objects with fewer properties than clients expect.
 */
export const responseMinPropertiesDecreased: SchemaRule = boundRule({
  id: 'response-min-properties-decreased',
  level: 'warn',
  side: 'response',
  keyword: 'minProperties',
  change: 'loosened',
  summary:
    'A lower (or removed) `minProperties` on the response side can send objects with fewer properties than clients expect.',
});
