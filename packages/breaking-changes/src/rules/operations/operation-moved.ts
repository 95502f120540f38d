import { describeRoute } from '../helpers/operation-facts.ts';
import { defineRule, type SpecRule } from '../rule.ts';

/**
 * `operation-moved` (error): an operation left its route and the same
 * operationId appeared on another one. One change names both routes;
 * clients calling the old route break.
 */
export const operationMoved: SpecRule = defineRule({
  scope: 'spec',
  id: 'operation-moved',
  level: 'error',
  direction: 'none',
  summary: 'An operation moved to another route (or method): one change naming both.',
  check: (_old, _next, matching) =>
    matching.moved.map(([o, n]) => ({
      message: `${o.operationId} moved from ${describeRoute(o)} to ${describeRoute(n)}`,
      old: o.pointer,
      new: n.pointer,
      subjects: [o.path, n.path, o.operationId],
      operation: n,
      otherPath: o.path,
    })),
});
