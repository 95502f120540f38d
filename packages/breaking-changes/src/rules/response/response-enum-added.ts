import { RESPONSE_SITES, type SchemaRule, defineRule, nodeFinding } from '../rule.ts';

/**
 * `response-enum-added` (info): A response value that was free is now limited to an enum: clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.
 */
export const responseEnumAdded: SchemaRule = defineRule({
  scope: 'schema',
  id: 'response-enum-added',
  level: 'info',
  direction: 'response',
  summary:
    'A response value that was free is now limited to an enum: clients receive fewer values than before (safe for them), but consumer contracts (pacts) whose example values fall outside the new constraint no longer hold against the spec.',
  sites: RESPONSE_SITES,
  check: (node) =>
    nodeFinding(
      node,
      !node.old.enum && node.new.enum !== undefined,
      `${node.label}: now limited to ${JSON.stringify(node.new.enum)}`,
    ),
});
