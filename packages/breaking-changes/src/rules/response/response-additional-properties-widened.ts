import { describeExtras, extrasMove, extrasOf } from '../helpers/extra-properties.ts';
import { type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `response-additional-properties-widened` (warn): A response object may hold extra properties the old schema refused.
 */
export const responseAdditionalPropertiesWidened: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-additional-properties-widened',
  level: 'warn',
  direction: 'response',
  summary:
    'A response object may hold extra properties the old schema refused (`additionalProperties` from `false` to a schema or `true`, or from a schema to `true`): clients that validate responses, or read every extra value as the old schema said, may break.',
  sites: ['response-body'],
  check: (node) =>
    nodeFinding(
      node,
      extrasMove(node.old, node.new) === 'widened',
      `${node.label}: extra properties widened from ${describeExtras(extrasOf(node.old))} to ${describeExtras(extrasOf(node.new))}`,
    ),
});
