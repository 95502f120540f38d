import { pairFinding } from '../helpers/operation-facts.ts';
import { sunsetDay } from '../helpers/lifecycle-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `operation-sunset-earlier` (warn): The operation's `x-sunset` moved to an
 * earlier day: clients planned on the later one.
 */
export const operationSunsetEarlier: OperationRule = defineRule({
  scope: 'operation',
  id: 'operation-sunset-earlier',
  level: 'warn',
  direction: 'none',
  summary: "The operation's `x-sunset` moved to an earlier day: clients planned on the later one.",
  check: (pair) => {
    const [from, to] = [sunsetDay(pair.rawOld), sunsetDay(pair.rawNew)];
    return from !== undefined && to !== undefined && to < from
      ? [pairFinding(pair, `x-sunset moved earlier, from ${from} to ${to}`, ['x-sunset'])]
      : [];
  },
});
