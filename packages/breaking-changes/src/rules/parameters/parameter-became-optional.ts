import { describeParameter, pairFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `parameter-became-optional` (info): A required parameter became optional.
 */
export const parameterBecameOptional: OperationRule = defineRule({
  scope: 'operation',
  id: 'parameter-became-optional',
  level: 'info',
  direction: 'request',
  summary: 'A required parameter became optional.',
  check: (pair) =>
    pair.parameters.pairs
      .filter(([o, n]) => o.required && !n.required)
      .map(([, n]) => pairFinding(pair, `${describeParameter(n)} became optional`, ['parameters'], [n.name])),
});
