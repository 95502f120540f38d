import { RESPONSE_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `response-enum-removed` (warn): A response value that was limited to an enum is now free: clients may receive values they do not know.
 */
export const responseEnumRemoved: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-enum-removed',
  level: 'warn',
  direction: 'response',
  summary: 'A response value that was limited to an enum is now free: clients may receive values they do not know.',
  sites: RESPONSE_SITES,
  check: (node) =>
    nodeFinding(
      node,
      node.old.enum !== undefined && !node.new.enum,
      `${node.label}: no longer limited to ${JSON.stringify(node.old.enum)}`,
    ),
});
