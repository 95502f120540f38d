import { propLabel, propertyDelta, propertyFinding } from '../helpers/schema-facts.ts';
import { type SchemaRule, defineRule } from '../rule.ts';

/**
 * `request-property-removed` (warn): A request body property was removed: the server may ignore or reject clients that still send it.
 */
export const requestPropertyRemoved: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-property-removed',
  level: 'warn',
  direction: 'request',
  summary: 'A request body property was removed: the server may ignore or reject clients that still send it.',
  sites: ['request-body'],
  check: (node) =>
    propertyDelta(node).removed.map((name) => propertyFinding(node, name, 'old', `${propLabel(node, name)} removed`)),
});
