import { pairFinding } from '../helpers/operation-facts.ts';
import { STABILITY_LEVELS, stabilityOf } from '../helpers/lifecycle-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `operation-stability-decreased` (warn): The operation's
 * `x-stability-level` went down (`stable` → `beta`; none counts as
 * `stable`): what clients relied on may now change without notice.
 */
export const operationStabilityDecreased: OperationRule = defineRule({
  scope: 'operation',
  id: 'operation-stability-decreased',
  level: 'warn',
  direction: 'none',
  summary:
    "The operation's `x-stability-level` went down (`stable` → `beta`): what clients relied on may now change without notice.",
  check: (pair) => {
    const [from, to] = [stabilityOf(pair.rawOld), stabilityOf(pair.rawNew)];
    return STABILITY_LEVELS.indexOf(to) < STABILITY_LEVELS.indexOf(from)
      ? [pairFinding(pair, `stability level decreased from ${from} to ${to}`, ['x-stability-level'])]
      : [];
  },
});
