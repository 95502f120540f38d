import { type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `request-property-became-optional` (info): A required request body property became optional.
 */
export const requestPropertyBecameOptional: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-property-became-optional',
  level: 'info',
  direction: 'request',
  summary: 'A required request body property became optional.',
  sites: ['request-body'],
  check: (node) =>
    nodeFinding(
      node,
      node.required !== undefined && node.required.old && !node.required.new,
      `${node.label} became optional`,
    ),
});
