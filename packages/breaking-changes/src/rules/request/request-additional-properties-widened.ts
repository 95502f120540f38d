import { describeExtras, extrasMove, extrasOf } from '../helpers/extra-properties.ts';
import { type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `request-additional-properties-widened` (info): A request object accepts more extra properties than before.
 */
export const requestAdditionalPropertiesWidened: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-additional-properties-widened',
  level: 'info',
  direction: 'request',
  summary:
    'A request object accepts more extra properties than before (`additionalProperties` from `false` to a schema or `true`, or from a schema to `true`): every body clients send is still accepted.',
  sites: ['request-body'],
  check: (node) =>
    nodeFinding(
      node,
      extrasMove(node.old, node.new) === 'widened',
      `${node.label}: extra properties widened from ${describeExtras(extrasOf(node.old))} to ${describeExtras(extrasOf(node.new))}`,
    ),
});
