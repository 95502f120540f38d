import { pairFinding } from '../helpers/operation-facts.ts';
import { sunsetDay } from '../helpers/lifecycle-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';
import { valueText } from '../../engine/value-text.ts';

/**
 * `operation-sunset-changed` (info): The operation's `x-sunset` date
 * appeared or moved later (an earlier one is `operation-sunset-earlier`).
 */
export const operationSunsetChanged: OperationRule = defineRule({
  scope: 'operation',
  id: 'operation-sunset-changed',
  level: 'info',
  direction: 'none',
  summary: "The operation's `x-sunset` date appeared or moved later: it names when the operation goes away.",
  check: (pair) => {
    const [before, after] = [pair.rawOld['x-sunset'], pair.rawNew['x-sunset']];
    if (before === after || after === undefined) return [];
    const [from, to] = [sunsetDay(pair.rawOld), sunsetDay(pair.rawNew)];
    if (from !== undefined && to !== undefined && to <= from) return [];
    return [pairFinding(pair, `x-sunset set to ${valueText(after)}`, ['x-sunset'])];
  },
});
