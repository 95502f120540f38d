import { breakingMoveRule } from '../helpers/direction-rule.ts';
import { unconstrained } from '../helpers/schema-facts.ts';
import type { SchemaRule } from '../rule.ts';

/**
 * `request-property-type-changed` (error): A request body value (or a nested part of a parameter) changed `type` so that some values clients send are no longer accepted (`number` → `integer`, `string` → `integer`).
 */
export const requestPropertyTypeChanged: SchemaRule = breakingMoveRule({
  id: 'request-property-type-changed',
  level: 'error',
  side: 'request',
  keyword: 'type',
  sites: ['request-body', 'parameter'],
  // A body that had no schema at all and gains one is `request-body-schema-added`.
  where: (node) => node.depth > 0 || (node.site === 'request-body' && !unconstrained(node.old)),
  summary:
    'A request body value (or a nested part of a parameter) changed `type` so that some values clients send are no longer accepted (`number` → `integer`, `string` → `integer`).',
});
