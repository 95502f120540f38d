import { requestPropertyNarrowsExtra } from '../helpers/extra-properties.ts';
import { propLabel, propertyDelta, propertyFinding, requiredIn } from '../helpers/schema-facts.ts';
import { type SchemaRule, defineRule } from '../rule.ts';

/**
 * `request-property-added-optional` (info): A new optional request body property, under a name the object refused or
 * made no promise about (otherwise `request-property-added-narrowed` when it accepts less than before).
 */
export const requestPropertyAddedOptional: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-property-added-optional',
  level: 'info',
  direction: 'request',
  summary:
    'A new optional request body property, under a name the object refused or made no promise about: every body clients send is still accepted.',
  sites: ['request-body'],
  check: (node) =>
    propertyDelta(node)
      .added.filter((name) => !requiredIn(node.new, name) && !requestPropertyNarrowsExtra(node, name))
      .map((name) => propertyFinding(node, name, 'new', `${propLabel(node, name)} added (optional)`)),
});
