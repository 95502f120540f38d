import { overlapFindings } from '../helpers/composition-facts.ts';
import { REQUEST_SITES, type SchemaRule, defineRule } from '../rule.ts';

/**
 * `request-branches-overlap` (error): Two branches of a request `oneOf` may now both match one value: `oneOf` takes exactly one, so that value is refused.
 */
export const requestBranchesOverlap: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-branches-overlap',
  level: 'error',
  direction: 'request',
  summary:
    'Two branches of a request `oneOf` may now both match one value: `oneOf` takes exactly one, so that value is refused.',
  sites: REQUEST_SITES,
  check: (node) =>
    overlapFindings(
      node,
      'new',
      (first, second) =>
        `${node.label}: \`oneOf\` branches ${first} and ${second} may both match one value, which is then refused`,
    ),
});
