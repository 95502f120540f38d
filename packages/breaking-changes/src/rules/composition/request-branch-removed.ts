import { branchFindings } from '../helpers/composition-facts.ts';
import { REQUEST_SITES, type SchemaRule, defineRule } from '../rule.ts';

/**
 * `request-branch-removed` (error): A request `oneOf`/`anyOf` lost a branch: requests that matched only that branch are refused.
 */
export const requestBranchRemoved: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-branch-removed',
  level: 'error',
  direction: 'request',
  summary: 'A request `oneOf`/`anyOf` lost a branch: requests that matched only that branch are refused.',
  sites: REQUEST_SITES,
  check: (node) =>
    branchFindings(
      node,
      'removed',
      (keyword, name) =>
        `${node.label}: \`${keyword}\` branch ${name} removed: a request that matched only it is refused`,
    ),
});
