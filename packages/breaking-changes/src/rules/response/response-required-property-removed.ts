import { propLabel, propertyDelta, propertyFinding, requiredIn } from '../helpers/schema-facts.ts';
import { type SchemaRule, defineRule } from '../rule.ts';

/**
 * `response-required-property-removed` (error): A required response property was removed: clients that read it break.
 */
export const responseRequiredPropertyRemoved: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-required-property-removed',
  level: 'error',
  direction: 'response',
  summary: 'A required response property was removed: clients that read it break.',
  sites: ['response-body'],
  check: (node) =>
    propertyDelta(node)
      .removed.filter((name) => requiredIn(node.old, name))
      .map((name) => propertyFinding(node, name, 'old', `${propLabel(node, name)} (required) removed`)),
});
