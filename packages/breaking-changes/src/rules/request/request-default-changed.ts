import { REQUEST_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.js';

/**
 * `request-default-changed` (warn): A request value's `default` changed: clients that leave it out get another behaviour.
 */
export const requestDefaultChanged: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-default-changed',
  level: 'warn',
  direction: 'request',
  summary: "A request value's `default` changed: clients that leave it out get another behaviour.",
  sites: REQUEST_SITES,
  check: (node) =>
    nodeFinding(
      node,
      node.old.default !== undefined && JSON.stringify(node.old.default) !== JSON.stringify(node.new.default),
      `${node.label}: default changed from ${JSON.stringify(node.old.default)} to ${JSON.stringify(node.new.default) ?? 'none'}`,
    ),
});
