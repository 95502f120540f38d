import { type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `response-property-became-required` (info): An optional response property became required: it is always sent now.
 */
export const responsePropertyBecameRequired: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-property-became-required',
  level: 'info',
  direction: 'response',
  summary: 'An optional response property became required: it is always sent now.',
  sites: ['response-body'],
  check: (node) =>
    nodeFinding(
      node,
      node.required !== undefined && !node.required.old && node.required.new,
      `${node.label} became required`,
    ),
});
