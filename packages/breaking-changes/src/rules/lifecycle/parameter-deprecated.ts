import { describeParameter, pairFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `parameter-deprecated` (info): A parameter is now marked `deprecated`.
 */
export const parameterDeprecated: OperationRule = defineRule({
  scope: 'operation',
  id: 'parameter-deprecated',
  level: 'info',
  direction: 'request',
  summary: 'A parameter is now marked `deprecated`.',
  check: (pair) =>
    pair.parameters.pairs
      .filter(([o, n]) => !o.deprecated && n.deprecated)
      .map(([, n]) => pairFinding(pair, `${describeParameter(n)} deprecated`, ['parameters'], [n.name])),
});
