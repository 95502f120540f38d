import { RESPONSE_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `response-property-became-nullable` (error): A response value may now be `null`: clients that read it without a check break.
 */
export const responsePropertyBecameNullable: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-property-became-nullable',
  level: 'error',
  direction: 'response',
  summary: 'A response value may now be `null`: clients that read it without a check break.',
  sites: RESPONSE_SITES,
  check: (node) =>
    nodeFinding(node, node.old.nullable !== true && node.new.nullable === true, `${node.label} became nullable`),
});
