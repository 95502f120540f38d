import { describeExtras, extrasMove, extrasOf } from '../helpers/extra-properties.ts';
import { type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `request-additional-properties-narrowed` (error): A request object that accepted any extra property now accepts
 * only those that fit the schema of `additionalProperties`.
 */
export const requestAdditionalPropertiesNarrowed: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-additional-properties-narrowed',
  level: 'error',
  direction: 'request',
  summary:
    'A request object that accepted any extra property now accepts only those that fit the schema of `additionalProperties`: clients that send others are rejected (`false` is `request-additional-properties-forbidden`).',
  sites: ['request-body'],
  check: (node) =>
    nodeFinding(
      node,
      extrasMove(node.old, node.new) === 'narrowed' && extrasOf(node.new).kind === 'schema',
      `${node.label}: extra properties must now fit ${describeExtras(extrasOf(node.new))} (were ${describeExtras(extrasOf(node.old))})`,
    ),
});
