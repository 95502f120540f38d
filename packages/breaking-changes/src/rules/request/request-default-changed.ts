import { sameJson } from '../../engine/same-json.ts';
import { REQUEST_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `request-default-changed` (warn): A request value's `default` changed: clients that leave it out get another
 * behaviour. A warning, not an error: requests stay valid, only what the server does with them changes.
 */
export const requestDefaultChanged: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-default-changed',
  level: 'warn',
  direction: 'request',
  summary:
    "A request value's `default` changed: clients that leave it out get another behaviour (warn: the request stays valid, the server's answer changes).",
  sites: REQUEST_SITES,
  check: (node) =>
    nodeFinding(
      node,
      node.old.default !== undefined && node.new.default !== undefined && !sameJson(node.old.default, node.new.default),
      `${node.label}: default changed from ${JSON.stringify(node.old.default)} to ${JSON.stringify(node.new.default)}`,
    ),
});
