import { describeExtras, extrasOf, responsePropertyEscapesExtra } from '../helpers/extra-properties.ts';
import { propLabel, propertyDelta, propertyFinding } from '../helpers/schema-facts.ts';
import { type SchemaRule, defineRule } from '../rule.ts';

/**
 * `response-property-added-unexpected` (warn): A new response property the old schema refused
 * (`additionalProperties: false`, or a schema its values do not fit).
 */
export const responsePropertyAddedUnexpected: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-property-added-unexpected',
  level: 'warn',
  direction: 'response',
  summary:
    'A new response property the old schema refused (`additionalProperties: false`, or a schema its values do not fit): clients that validate responses, or read extra values as the old schema said, may break.',
  sites: ['response-body'],
  check: (node) =>
    propertyDelta(node)
      .added.filter((name) => responsePropertyEscapesExtra(node, name))
      .map((name) =>
        propertyFinding(
          node,
          name,
          'new',
          `${propLabel(node, name)} added where extra properties were ${describeExtras(extrasOf(node.old))}`,
        ),
      ),
});
