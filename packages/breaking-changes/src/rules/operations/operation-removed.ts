import { describeRoute, removalFinding } from '../helpers/operation-facts.ts';
import { rawOf, sunsetDay } from '../helpers/lifecycle-facts.ts';
import { defineRule, type SpecRule } from '../rule.ts';

/**
 * `operation-removed` (error): an operation is gone and no operation with
 * its operationId appeared elsewhere. Every client that calls it breaks.
 * A deprecated operation with an `x-sunset` is judged by
 * `operation-removed-before-sunset` and `operation-removed-after-sunset`.
 */
export const operationRemoved: SpecRule = defineRule({
  scope: 'spec',
  id: 'operation-removed',
  level: 'error',
  direction: 'none',
  summary:
    'An operation is gone, and no operation with its operationId appeared on another route (it was not deprecated, or had no `x-sunset`).',
  check: (old, _next, matching) =>
    matching.removed
      .filter((op) => !op.deprecated || sunsetDay(rawOf(old, op)) === undefined)
      .map((op) =>
        removalFinding(
          op,
          `${describeRoute(op)} (${op.operationId}) removed${op.deprecated ? ' (deprecated, with no x-sunset)' : ''}`,
        ),
      ),
});
