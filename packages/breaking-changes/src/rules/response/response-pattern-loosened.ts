import { RESPONSE_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.js';

/**
 * `response-pattern-loosened` (warn): A response value lost or changed its `pattern`: clients may receive values of a shape they do not expect.
 */
export const responsePatternLoosened: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-pattern-loosened',
  level: 'warn',
  direction: 'response',
  summary: 'A response value lost or changed its `pattern`: clients may receive values of a shape they do not expect.',
  sites: RESPONSE_SITES,
  check: (node) =>
    nodeFinding(
      node,
      node.old.pattern !== undefined && node.new.pattern !== node.old.pattern,
      `${node.label}: pattern ${node.new.pattern === undefined ? 'removed' : 'changed'}`,
    ),
});
