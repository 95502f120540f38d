import { directionRule } from '../helpers/direction-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `parameter-type-widened` (info): A parameter accepts a wider `type` (`integer` → `number`): every value clients send is still accepted.
 */
export const parameterTypeWidened: SchemaRule = directionRule({
  id: 'parameter-type-widened',
  level: 'info',
  side: 'request',
  keyword: 'type',
  moves: ['widened'],
  sites: ['parameter'],
  where: (node) => node.depth === 0,
  summary: 'A parameter accepts a wider `type` (`integer` → `number`): every value clients send is still accepted.',
});
