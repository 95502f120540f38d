import { describeRoute } from '../helpers/operation-facts.ts';
import { defineRule, type SpecRule } from '../rule.ts';

/**
 * `operation-added` (info): a new operation, on a route that did not exist
 * (an operation found under its old operationId on another route is a move).
 */
export const operationAdded: SpecRule = defineRule({
  scope: 'spec',
  id: 'operation-added',
  level: 'info',
  direction: 'none',
  summary: 'A new operation.',
  check: (_old, _next, matching) =>
    matching.added.map((op) => ({
      message: `${describeRoute(op)} (${op.operationId}) added`,
      old: null,
      new: op.pointer,
      subjects: [op.path, op.operationId],
      operation: op,
    })),
});
