import { REQUEST_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `request-became-not-nullable` (error): A request value no longer accepts `null`.
 */
export const requestBecameNotNullable: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-became-not-nullable',
  level: 'error',
  direction: 'request',
  summary: 'A request value no longer accepts `null`.',
  sites: REQUEST_SITES,
  check: (node) =>
    nodeFinding(node, node.old.nullable === true && node.new.nullable !== true, `${node.label} no longer accepts null`),
});
