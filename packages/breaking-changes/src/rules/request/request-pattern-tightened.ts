import { REQUEST_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.js';

/**
 * `request-pattern-tightened` (error): A request value got a new or different `pattern`: values that matched the old one may be rejected.
 */
export const requestPatternTightened: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-pattern-tightened',
  level: 'error',
  direction: 'request',
  summary: 'A request value got a new or different `pattern`: values that matched the old one may be rejected.',
  sites: REQUEST_SITES,
  check: (node) =>
    nodeFinding(
      node,
      node.new.pattern !== undefined && node.new.pattern !== node.old.pattern,
      `${node.label}: pattern ${node.old.pattern === undefined ? 'added' : 'changed'}: ${node.new.pattern}`,
    ),
});
