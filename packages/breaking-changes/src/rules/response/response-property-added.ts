import { responsePropertyEscapesExtra } from '../helpers/extra-properties.ts';
import { propLabel, propertyDelta, propertyFinding } from '../helpers/schema-facts.ts';
import { type SchemaRule, defineRule } from '../rule.ts';

/**
 * `response-property-added` (info): A new response property whose values the old schema allowed as extra properties
 * (otherwise `response-property-added-unexpected`).
 */
export const responsePropertyAdded: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-property-added',
  level: 'info',
  direction: 'response',
  summary:
    'A new response property, under a name whose values the old schema allowed (no `additionalProperties: false`, nor a schema they do not fit).',
  sites: ['response-body'],
  check: (node) =>
    propertyDelta(node)
      .added.filter((name) => !responsePropertyEscapesExtra(node, name))
      .map((name) => propertyFinding(node, name, 'new', `${propLabel(node, name)} added`)),
});
