import { typeChanged, typeOf } from '../helpers/schema-facts.js';
import { type SchemaRule, defineRule, nodeFinding } from '../rule.js';

/**
 * `request-property-type-changed` (error): A request body value (or a nested part of a parameter) changed `type`: clients send the old type.
 */
export const requestPropertyTypeChanged: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-property-type-changed',
  level: 'error',
  direction: 'request',
  summary: 'A request body value (or a nested part of a parameter) changed `type`: clients send the old type.',
  sites: ['request-body', 'parameter'],
  check: (node) =>
    nodeFinding(
      node,
      (node.site === 'request-body' || node.depth > 0) && typeChanged(node),
      `${node.label}: type changed from ${typeOf(node.old)} to ${typeOf(node.new)}`,
    ),
});
