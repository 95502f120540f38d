import { describeRoute, removalFinding } from '../helpers/operation-facts.ts';
import { removedWithSunset } from '../helpers/lifecycle-facts.ts';
import { defineRule, type SpecRule } from '../rule.ts';

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
    removedWithSunset(old, matching)
      .filter(({ sunset }) => sunset > context.today)
      .map(({ op, sunset }) =>
        removalFinding(
          op,
          `${describeRoute(op)} (${op.operationId}) removed before its sunset on ${sunset} (release ${context.today})`,
        ),
      ),
});
