import { formatChanged } from '../helpers/schema-facts.js';
import { type SchemaRule, defineRule, nodeFinding } from '../rule.js';

/**
 * `request-property-format-changed` (error): A request body value changed `format`: values that were valid may be rejected.
 */
export const requestPropertyFormatChanged: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-property-format-changed',
  level: 'error',
  direction: 'request',
  summary: 'A request body value changed `format`: values that were valid may be rejected.',
  sites: ['request-body'],
  check: (node) =>
    nodeFinding(
      node,
      formatChanged(node),
      `${node.label}: format changed from ${node.old.format ?? 'none'} to ${node.new.format ?? 'none'}`,
    ),
});
