import { typeChanged, typeOf } from '../helpers/schema-facts.js';
import { RESPONSE_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.js';

/**
 * `response-property-type-changed` (error): A response value changed `type`: clients parse the old type.
 */
export const responsePropertyTypeChanged: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-property-type-changed',
  level: 'error',
  direction: 'response',
  summary: 'A response value changed `type`: clients parse the old type.',
  sites: RESPONSE_SITES,
  check: (node) =>
    nodeFinding(node, typeChanged(node), `${node.label}: type changed from ${typeOf(node.old)} to ${typeOf(node.new)}`),
});
