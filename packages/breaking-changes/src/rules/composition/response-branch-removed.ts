import { branchFindings } from '../helpers/composition-facts.ts';
import { RESPONSE_SITES, type SchemaRule, defineRule } from '../rule.ts';

/**
 * `response-branch-removed` (info): A response `oneOf`/`anyOf` lost a branch: clients receive fewer shapes.
 */
export const responseBranchRemoved: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-branch-removed',
  level: 'info',
  direction: 'response',
  summary: 'A response `oneOf`/`anyOf` lost a branch: clients receive fewer shapes.',
  sites: RESPONSE_SITES,
  check: (node) =>
    branchFindings(node, 'removed', (keyword, name) => `${node.label}: \`${keyword}\` branch ${name} removed`),
});
