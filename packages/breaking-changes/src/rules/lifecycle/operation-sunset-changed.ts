import { pairFinding } from '../helpers/operation-facts.js';
import { defineRule, type OperationRule } from '../rule.js';

/**
 * `operation-sunset-changed` (info): The operation's `x-sunset` date appeared or changed: it names when the operation goes away.
 */
export const operationSunsetChanged: OperationRule = defineRule({
  scope: 'operation',
  id: 'operation-sunset-changed',
  level: 'info',
  direction: 'none',
  summary: "The operation's `x-sunset` date appeared or changed: it names when the operation goes away.",
  check: (pair) =>
    pair.rawOld['x-sunset'] === pair.rawNew['x-sunset'] || pair.rawNew['x-sunset'] === undefined
      ? []
      : [pairFinding(pair, `x-sunset set to ${String(pair.rawNew['x-sunset'])}`, ['x-sunset'])],
});
