import { propLabel, propertyDelta, propertyFinding, requiredIn } from '../helpers/schema-facts.js';
import { type SchemaRule, defineRule } from '../rule.js';

/**
 * `request-property-added-required` (error): A new required request body property: existing clients do not send it.
 */
export const requestPropertyAddedRequired: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-property-added-required',
  level: 'error',
  direction: 'request',
  summary: 'A new required request body property: existing clients do not send it.',
  sites: ['request-body'],
  check: (node) =>
    propertyDelta(node)
      .added.filter((name) => requiredIn(node.new, name))
      .map((name) => propertyFinding(node, name, 'new', `${propLabel(node, name)} added as required`)),
});
