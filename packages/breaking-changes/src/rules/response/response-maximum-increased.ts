import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-maximum-increased` (warn): A higher (or removed) `maximum` on the response side can send numbers larger than clients expect.
 */
export const responseMaximumIncreased: SchemaRule = boundRule({
  id: 'response-maximum-increased',
  level: 'warn',
  side: 'response',
  keyword: 'maximum',
  change: 'loosened',
  summary: 'A higher (or removed) `maximum` on the response side can send numbers larger than clients expect.',
});
