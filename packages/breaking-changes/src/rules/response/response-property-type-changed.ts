import { breakingMoveRule } from '../helpers/direction-rule.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `response-property-type-changed` (error): A response value changed `type` so that clients may receive values of a type they do not parse (`integer` → `number`, `string` → `integer`).
 */
export const responsePropertyTypeChanged: SchemaRule = breakingMoveRule({
  id: 'response-property-type-changed',
  level: 'error',
  side: 'response',
  keyword: 'type',
  summary:
    'A response value changed `type` so that clients may receive values of a type they do not parse (`integer` → `number`, `string` → `integer`).',
});
