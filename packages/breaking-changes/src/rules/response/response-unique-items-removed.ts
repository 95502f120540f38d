import { RESPONSE_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';
import { unique } from '../helpers/schema-facts.ts';

/**
 * `response-unique-items-removed` (warn): A response array lost `uniqueItems: true`: clients may receive repeated items they were told they would not (a client that keeps the items in a set, or keys them, may lose or reject some).
 */
export const responseUniqueItemsRemoved: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-unique-items-removed',
  level: 'warn',
  direction: 'response',
  summary:
    'A response array lost `uniqueItems: true`: clients may receive repeated items they were told they would not (a client that keeps the items in a set, or keys them, may lose or reject some).',
  sites: RESPONSE_SITES,
  check: (node) =>
    nodeFinding(
      node,
      unique(node.old) && !unique(node.new),
      `${node.label}: \`uniqueItems\` removed: may now hold repeated items`,
    ),
});
