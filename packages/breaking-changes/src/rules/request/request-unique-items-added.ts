import { REQUEST_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';
import { unique } from '../helpers/schema-facts.ts';

/**
 * `request-unique-items-added` (error): A request array got `uniqueItems: true`: arrays with a repeated item, accepted before, are refused.
 */
export const requestUniqueItemsAdded: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-unique-items-added',
  level: 'error',
  direction: 'request',
  summary: 'A request array got `uniqueItems: true`: arrays with a repeated item, accepted before, are refused.',
  sites: REQUEST_SITES,
  check: (node) =>
    nodeFinding(
      node,
      !unique(node.old) && unique(node.new),
      `${node.label}: \`uniqueItems\` added: now refuses repeated items`,
    ),
});
