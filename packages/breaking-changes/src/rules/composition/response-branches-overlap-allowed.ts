import { overlapFindings } from '../helpers/composition-facts.ts';
import { RESPONSE_SITES, type SchemaRule, defineRule } from '../rule.ts';

/**
 * `response-branches-overlap-allowed` (warn): A value that matched two branches of a response `oneOf`, which it therefore refused, may now be sent: the union became an `anyOf` or a plain schema, or lost one of the two.
 */
export const responseBranchesOverlapAllowed: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-branches-overlap-allowed',
  level: 'warn',
  direction: 'response',
  summary:
    'A value that matched two branches of a response `oneOf`, which it therefore refused, may now be sent: the union became an `anyOf` or a plain schema, or lost one of the two.',
  sites: RESPONSE_SITES,
  check: (node) =>
    overlapFindings(
      node,
      'old',
      (first, second) =>
        `${node.label}: a value matching both \`oneOf\` branches ${first} and ${second}, refused before, may now be sent`,
    ),
});
