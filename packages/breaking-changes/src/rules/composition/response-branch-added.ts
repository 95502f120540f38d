import { branchFindings } from '../helpers/composition-facts.ts';
import { RESPONSE_SITES, type SchemaRule, defineRule } from '../rule.ts';

/**
 * `response-branch-added` (error): A response `oneOf`/`anyOf` gained a branch: clients may receive a shape they do not know.
 */
export const responseBranchAdded: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-branch-added',
  level: 'error',
  direction: 'response',
  summary: 'A response `oneOf`/`anyOf` gained a branch: clients may receive a shape they do not know.',
  sites: RESPONSE_SITES,
  check: (node) =>
    branchFindings(
      node,
      'added',
      (keyword, name) =>
        `${node.label}: \`${keyword}\` branch ${name} added: clients may receive values of a shape they do not know`,
    ),
});
