import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-minimum-decreased` (warn): A lower (or removed) `minimum` on the response side can send numbers smaller than clients expect.
 */
export const responseMinimumDecreased: SchemaRule = boundRule({
  id: 'response-minimum-decreased',
  level: 'warn',
  side: 'response',
  keyword: 'minimum',
  change: 'loosened',
  summary: 'A lower (or removed) `minimum` on the response side can send numbers smaller than clients expect.',
});
