import { describeRoute } from '../helpers/operation-facts.js';
import { defineRule, type SpecRule } from '../rule.js';

/**
 * `operation-removed` (error): an operation is gone and no operation with
 * its operationId appeared elsewhere. Every client that calls it breaks.
 */
export const operationRemoved: SpecRule = defineRule({
  scope: 'spec',
  id: 'operation-removed',
  level: 'error',
  direction: 'none',
  summary: 'An operation is gone, and no operation with its operationId appeared on another route.',
  check: (_old, _next, matching) =>
    matching.removed.map((op) => ({
      message: `${describeRoute(op)} (${op.operationId}) removed`,
      old: op.pointer,
      new: null,
      subjects: [op.path, op.operationId],
      operation: op,
    })),
});
