import { REQUEST_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `request-became-nullable` (info): A request value now accepts `null`.
 */
export const requestBecameNullable: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-became-nullable',
  level: 'info',
  direction: 'request',
  summary: 'A request value now accepts `null`.',
  sites: REQUEST_SITES,
  check: (node) =>
    nodeFinding(node, node.old.nullable !== true && node.new.nullable === true, `${node.label} now accepts null`),
});
