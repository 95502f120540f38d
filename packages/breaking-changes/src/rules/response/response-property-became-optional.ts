import { type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `response-property-became-optional` (error): A required response property became optional: clients that rely on it may meet its absence.
 */
export const responsePropertyBecameOptional: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-property-became-optional',
  level: 'error',
  direction: 'response',
  summary: 'A required response property became optional: clients that rely on it may meet its absence.',
  sites: ['response-body'],
  check: (node) =>
    nodeFinding(
      node,
      node.required !== undefined && node.required.old && !node.required.new,
      `${node.label} became optional`,
    ),
});
