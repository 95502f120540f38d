import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-min-length-decreased` (warn): A lower (or removed) `minLength` on the response side can send values shorter than clients expect.
 */
export const responseMinLengthDecreased: SchemaRule = boundRule({
  id: 'response-min-length-decreased',
  level: 'warn',
  side: 'response',
  keyword: 'minLength',
  change: 'loosened',
  summary: 'A lower (or removed) `minLength` on the response side can send values shorter than clients expect.',
});
