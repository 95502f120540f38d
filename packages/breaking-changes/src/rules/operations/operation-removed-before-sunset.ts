import { describeRoute } from '../helpers/operation-facts.js';
import { rawOf, sunsetDay } from '../helpers/lifecycle-facts.js';
import { defineRule, type SpecRule } from '../rule.js';

/**
 * `operation-removed-before-sunset` (error): a deprecated operation is gone
 * before the day its `x-sunset` named (compared with the release date):
 * clients were promised it until then.
 */
export const operationRemovedBeforeSunset: SpecRule = defineRule({
  scope: 'spec',
  id: 'operation-removed-before-sunset',
  level: 'error',
  direction: 'none',
  summary: 'A deprecated operation is gone before its `x-sunset` date: clients were promised it until then.',
  check: (old, _next, matching, context) =>
    matching.removed.flatMap((op) => {
      const sunset = op.deprecated ? sunsetDay(rawOf(old, op)) : undefined;
      if (sunset === undefined || sunset <= context.today) return [];
      return [
        {
          message: `${describeRoute(op)} (${op.operationId}) removed before its sunset on ${sunset} (release ${context.today})`,
          old: op.pointer,
          new: null,
          subjects: [op.path, op.operationId],
          operation: op,
        },
      ];
    }),
});
