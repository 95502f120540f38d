import { directionRule } from '../helpers/direction-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-property-type-widened` (info): A request body value (or a nested part of a parameter) accepts a wider `type` (`integer` → `number`): every value clients send is still accepted.
 */
export const requestPropertyTypeWidened: SchemaRule = directionRule({
  id: 'request-property-type-widened',
  level: 'info',
  side: 'request',
  keyword: 'type',
  moves: ['widened'],
  sites: ['request-body', 'parameter'],
  where: (node) => node.site === 'request-body' || node.depth > 0,
  summary:
    'A request body value (or a nested part of a parameter) accepts a wider `type` (`integer` → `number`): every value clients send is still accepted.',
});
