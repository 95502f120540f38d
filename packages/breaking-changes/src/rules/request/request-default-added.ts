import { REQUEST_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `request-default-added` (warn): A request value that had no `default` has one: clients that leave it out may get
 * another behaviour than the server's unstated one. A warning: requests stay valid.
 */
export const requestDefaultAdded: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-default-added',
  level: 'warn',
  direction: 'request',
  summary:
    "A request value that had no `default` has one: clients that leave it out may get another behaviour (warn: the request stays valid, the server's answer may change).",
  sites: REQUEST_SITES,
  check: (node) =>
    nodeFinding(
      node,
      node.old.default === undefined && node.new.default !== undefined,
      `${node.label}: default ${JSON.stringify(node.new.default)} added`,
    ),
});
