import { describeRoute } from '../helpers/operation-facts.js';
import { rawOf, sunsetDay } from '../helpers/lifecycle-facts.js';
import { defineRule, type SpecRule } from '../rule.js';

/**
 * `operation-removed-after-sunset` (info): a deprecated operation is gone on
 * or after the day its `x-sunset` named (compared with the release date), as
 * announced.
 */
export const operationRemovedAfterSunset: SpecRule = defineRule({
  scope: 'spec',
  id: 'operation-removed-after-sunset',
  level: 'info',
  direction: 'none',
  summary: 'A deprecated operation is gone on or after its `x-sunset` date, as announced.',
  check: (old, _next, matching, context) =>
    matching.removed.flatMap((op) => {
      const sunset = op.deprecated ? sunsetDay(rawOf(old, op)) : undefined;
      if (sunset === undefined || sunset > context.today) return [];
      return [
        {
          message: `${describeRoute(op)} (${op.operationId}) removed after its sunset on ${sunset}`,
          old: op.pointer,
          new: null,
          subjects: [op.path, op.operationId],
          operation: op,
        },
      ];
    }),
});
