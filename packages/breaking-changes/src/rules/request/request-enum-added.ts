import { REQUEST_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `request-enum-added` (error): A request value that was free is now limited to an enum.
 */
export const requestEnumAdded: SchemaRule = defineRule({
  scope: 'schema',
  id: 'request-enum-added',
  level: 'error',
  direction: 'request',
  summary: 'A request value that was free is now limited to an enum.',
  sites: REQUEST_SITES,
  check: (node) =>
    nodeFinding(
      node,
      !node.old.enum && node.new.enum !== undefined,
      `${node.label}: now limited to ${JSON.stringify(node.new.enum)}`,
    ),
});
