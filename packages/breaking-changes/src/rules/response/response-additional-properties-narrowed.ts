import { describeExtras, extrasMove, extrasOf } from '../helpers/extra-properties.ts';
import { type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `response-additional-properties-narrowed` (info): A response object holds fewer kinds of extra properties than before.
 */
export const responseAdditionalPropertiesNarrowed: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-additional-properties-narrowed',
  level: 'info',
  direction: 'response',
  summary:
    'A response object holds fewer kinds of extra properties than before (`additionalProperties` to `false`, or from `true` to a schema): every response clients receive was already possible.',
  sites: ['response-body'],
  check: (node) =>
    nodeFinding(
      node,
      extrasMove(node.old, node.new) === 'narrowed',
      `${node.label}: extra properties narrowed from ${describeExtras(extrasOf(node.old))} to ${describeExtras(extrasOf(node.new))}`,
    ),
});
