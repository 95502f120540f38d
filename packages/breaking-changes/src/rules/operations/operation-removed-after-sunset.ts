import { describeRoute, removalFinding } from '../helpers/operation-facts.ts';
import { removedWithSunset } from '../helpers/lifecycle-facts.ts';
import { defineRule, type SpecRule } from '../rule.ts';

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
    removedWithSunset(old, matching)
      .filter(({ sunset }) => sunset <= context.today)
      .map(({ op, sunset }) =>
        removalFinding(op, `${describeRoute(op)} (${op.operationId}) removed after its sunset on ${sunset}`),
      ),
});
