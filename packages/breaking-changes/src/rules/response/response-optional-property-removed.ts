import { propLabel, propertyDelta, propertyFinding, requiredIn } from '../helpers/schema-facts.ts';
import { type SchemaRule, defineRule } from '../rule.ts';

/**
 * `response-optional-property-removed` (warn): An optional response property was removed: clients that read it get nothing.
 */
export const responseOptionalPropertyRemoved: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-optional-property-removed',
  level: 'warn',
  direction: 'response',
  summary: 'An optional response property was removed: clients that read it get nothing.',
  sites: ['response-body'],
  check: (node) =>
    propertyDelta(node)
      .removed.filter((name) => !requiredIn(node.old, name))
      .map((name) => propertyFinding(node, name, 'old', `${propLabel(node, name)} (optional) removed`)),
});
