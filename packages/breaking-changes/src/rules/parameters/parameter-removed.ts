import { describeParameter, sideFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `parameter-removed` (warn): A parameter is gone: the server ignores it (or rejects it) where clients still send it.
 */
export const parameterRemoved: OperationRule = defineRule({
  scope: 'operation',
  id: 'parameter-removed',
  level: 'warn',
  direction: 'request',
  summary: 'A parameter is gone: the server ignores it (or rejects it) where clients still send it.',
  check: (pair) =>
    pair.parameters.removed.map((param) =>
      sideFinding(pair, 'old', `${describeParameter(param)} removed`, ['parameters'], [param.name]),
    ),
});
