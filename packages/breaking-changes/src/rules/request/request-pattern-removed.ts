import { REQUEST_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.js';

/**
 * `request-pattern-removed` (info): A request value lost its `pattern`: the request side accepts more.
 */
export const requestPatternRemoved: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-pattern-removed',
  level: 'info',
  direction: 'request',
  summary: 'A request value lost its `pattern`: the request side accepts more.',
  sites: REQUEST_SITES,
  check: (node) =>
    nodeFinding(
      node,
      node.old.pattern !== undefined && node.new.pattern === undefined,
      `${node.label}: pattern removed`,
    ),
});
