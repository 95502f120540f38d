import { allOfFindings } from '../helpers/composition-facts.ts';
import { RESPONSE_SITES, type SchemaRule, defineRule } from '../rule.ts';

/**
 * `response-all-of-added` (info): A response `allOf` gained a part: clients receive values that match it too.
 */
export const responseAllOfAdded: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-all-of-added',
  level: 'info',
  direction: 'response',
  summary: 'A response `allOf` gained a part: clients receive values that match it too.',
  sites: RESPONSE_SITES,
  check: (node) => allOfFindings(node, 'added', (name) => `${node.label}: \`allOf\` part ${name} added`),
});
