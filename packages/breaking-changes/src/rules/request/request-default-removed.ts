import { REQUEST_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `request-default-removed` (warn): A request value lost its `default`: clients that leave it out no longer get the
 * documented behaviour. A warning: requests stay valid.
 */
export const requestDefaultRemoved: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-default-removed',
  level: 'warn',
  direction: 'request',
  summary:
    "A request value lost its `default`: clients that leave it out no longer get the documented behaviour (warn: the request stays valid, the server's answer may change).",
  sites: REQUEST_SITES,
  check: (node) =>
    nodeFinding(
      node,
      node.old.default !== undefined && node.new.default === undefined,
      `${node.label}: default ${JSON.stringify(node.old.default)} removed`,
    ),
});
