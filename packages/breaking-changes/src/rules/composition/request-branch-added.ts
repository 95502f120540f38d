import { branchFindings } from '../helpers/composition-facts.ts';
import { REQUEST_SITES, type SchemaRule, defineRule } from '../rule.ts';

/**
 * `request-branch-added` (info): A request `oneOf`/`anyOf` gained a branch: more requests are accepted.
 */
export const requestBranchAdded: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-branch-added',
  level: 'info',
  direction: 'request',
  summary: 'A request `oneOf`/`anyOf` gained a branch: more requests are accepted.',
  sites: REQUEST_SITES,
  check: (node) =>
    branchFindings(node, 'added', (keyword, name) => `${node.label}: \`${keyword}\` branch ${name} added`),
});
