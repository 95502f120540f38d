import { requestExtraBefore, requestPropertyNarrowsExtra } from '../helpers/extra-properties.ts';
import { propLabel, propertyDelta, propertyFinding, requiredIn } from '../helpers/schema-facts.ts';
import { type SchemaRule, defineRule } from '../rule.ts';

/**
 * `request-property-added-narrowed` (warn): A new request property takes a name the object already accepted (as an
 * extra property under `additionalProperties: true` or a schema, or as a name in `required`) and accepts fewer values
 * under it.
 */
export const requestPropertyAddedNarrowed: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-property-added-narrowed',
  level: 'warn',
  direction: 'request',
  summary:
    'A new request property takes a name the object already accepted (an extra property under `additionalProperties: true` or a schema, or a name in `required`) and accepts fewer values under it: clients that sent other values are rejected.',
  sites: ['request-body'],
  check: (node) =>
    propertyDelta(node)
      // A name that becomes required is `request-property-added-required`.
      .added.filter((name) => !requiredIn(node.new, name) || requiredIn(node.old, name))
      .filter((name) => requestPropertyNarrowsExtra(node, name))
      .map((name) =>
        propertyFinding(
          node,
          name,
          'new',
          `${propLabel(node, name)} added, narrowing what the name accepted (was ${JSON.stringify(requestExtraBefore(node, name))})`,
        ),
      ),
});
