import { type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `request-additional-properties-forbidden` (error): A request object no longer accepts extra properties (`additionalProperties: false`).
 */
export const requestAdditionalPropertiesForbidden: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-additional-properties-forbidden',
  level: 'error',
  direction: 'request',
  summary: 'A request object no longer accepts extra properties (`additionalProperties: false`).',
  sites: ['request-body'],
  check: (node) =>
    nodeFinding(
      node,
      node.old.additionalProperties !== false && node.new.additionalProperties === false,
      `${node.label}: extra properties are now rejected`,
    ),
});
