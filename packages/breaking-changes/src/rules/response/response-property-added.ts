import { propLabel, propertyDelta, propertyFinding } from '../helpers/schema-facts.js';
import { type SchemaRule, defineRule } from '../rule.js';

/**
 * `response-property-added` (info): A new response property.
 */
export const responsePropertyAdded: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-property-added',
  level: 'info',
  direction: 'response',
  summary: 'A new response property.',
  sites: ['response-body'],
  check: (node) =>
    propertyDelta(node).added.map((name) => propertyFinding(node, name, 'new', `${propLabel(node, name)} added`)),
});
