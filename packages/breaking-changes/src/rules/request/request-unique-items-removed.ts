import { REQUEST_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';
import { unique } from '../helpers/schema-facts.ts';

/**
 * `request-unique-items-removed` (info): A request array lost `uniqueItems: true`: arrays with a repeated item are accepted too.
 */
export const requestUniqueItemsRemoved: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-unique-items-removed',
  level: 'info',
  direction: 'request',
  summary: 'A request array lost `uniqueItems: true`: arrays with a repeated item are accepted too.',
  sites: REQUEST_SITES,
  check: (node) =>
    nodeFinding(
      node,
      unique(node.old) && !unique(node.new),
      `${node.label}: \`uniqueItems\` removed: now accepts repeated items`,
    ),
});
