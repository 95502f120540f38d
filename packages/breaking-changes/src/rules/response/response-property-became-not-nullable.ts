import { RESPONSE_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `response-property-became-not-nullable` (info): A response value is never `null` any more.
 */
export const responsePropertyBecameNotNullable: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-property-became-not-nullable',
  level: 'info',
  direction: 'response',
  summary: 'A response value is never `null` any more.',
  sites: RESPONSE_SITES,
  check: (node) =>
    nodeFinding(node, node.old.nullable === true && node.new.nullable !== true, `${node.label} is no longer nullable`),
});
