import { boundRule } from '../helpers/bound-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-min-items-decreased` (warn): A lower (or removed) `minItems` on the response side can send shorter (or empty) arrays than clients expect.
 */
export const responseMinItemsDecreased: SchemaRule = boundRule({
  id: 'response-min-items-decreased',
  level: 'warn',
  side: 'response',
  keyword: 'minItems',
  change: 'loosened',
  summary:
    'A lower (or removed) `minItems` on the response side can send shorter (or empty) arrays than clients expect.',
});
