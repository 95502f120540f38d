import { type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `request-property-became-required` (error): An optional request body property became required: clients that leave it out are rejected.
 */
export const requestPropertyBecameRequired: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-property-became-required',
  level: 'error',
  direction: 'request',
  summary: 'An optional request body property became required: clients that leave it out are rejected.',
  sites: ['request-body'],
  check: (node) =>
    nodeFinding(
      node,
      node.required !== undefined && !node.required.old && node.required.new,
      `${node.label} became required`,
    ),
});
