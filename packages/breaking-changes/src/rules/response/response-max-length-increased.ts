import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-max-length-increased` (warn): A higher (or removed) `maxLength` on the response side can send values longer than clients expect.
 */
export const responseMaxLengthIncreased: SchemaRule = boundRule({
  id: 'response-max-length-increased',
  level: 'warn',
  side: 'response',
  keyword: 'maxLength',
  change: 'loosened',
  summary: 'A higher (or removed) `maxLength` on the response side can send values longer than clients expect.',
});
