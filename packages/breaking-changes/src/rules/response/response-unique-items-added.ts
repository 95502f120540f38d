import { RESPONSE_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';
import { unique } from '../helpers/schema-facts.ts';

/**
 * `response-unique-items-added` (info): A response array got `uniqueItems: true`: clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.
 */
export const responseUniqueItemsAdded: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-unique-items-added',
  level: 'info',
  direction: 'response',
  summary:
    'A response array got `uniqueItems: true`: clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.',
  sites: RESPONSE_SITES,
  check: (node) =>
    nodeFinding(
      node,
      !unique(node.old) && unique(node.new),
      `${node.label}: \`uniqueItems\` added: no longer holds repeated items`,
    ),
});
