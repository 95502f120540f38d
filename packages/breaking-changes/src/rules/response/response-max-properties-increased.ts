import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-max-properties-increased` (warn): A higher (or removed) `maxProperties` on the response side can send objects with more properties than clients expect.
 */
export const responseMaxPropertiesIncreased: SchemaRule = boundRule({
  id: 'response-max-properties-increased',
  level: 'warn',
  side: 'response',
  keyword: 'maxProperties',
  change: 'loosened',
  summary:
    'A higher (or removed) `maxProperties` on the response side can send objects with more properties than clients expect.',
});
