import { propLabel, propertyDelta, propertyFinding, requiredIn } from '../helpers/schema-facts.js';
import { type SchemaRule, defineRule } from '../rule.js';

/**
 * `request-property-added-optional` (info): A new optional request body property.
 */
export const requestPropertyAddedOptional: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-property-added-optional',
  level: 'info',
  direction: 'request',
  summary: 'A new optional request body property.',
  sites: ['request-body'],
  check: (node) =>
    propertyDelta(node)
      .added.filter((name) => !requiredIn(node.new, name))
      .map((name) => propertyFinding(node, name, 'new', `${propLabel(node, name)} added (optional)`)),
});
