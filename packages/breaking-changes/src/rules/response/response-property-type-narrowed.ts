import { directionRule } from '../helpers/direction-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-property-type-narrowed` (info): A response value has a narrower `type` (`number` → `integer`): every value clients receive was already possible.
 */
export const responsePropertyTypeNarrowed: SchemaRule = directionRule({
  id: 'response-property-type-narrowed',
  level: 'info',
  side: 'response',
  keyword: 'type',
  moves: ['narrowed'],
  summary:
    'A response value has a narrower `type` (`number` → `integer`): every value clients receive was already possible.',
});
