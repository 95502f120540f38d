import { describeParameter, sideFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `parameter-added-optional` (info): A new optional parameter.
 */
export const parameterAddedOptional: OperationRule = defineRule({
  scope: 'operation',
  id: 'parameter-added-optional',
  level: 'info',
  direction: 'request',
  summary: 'A new optional parameter.',
  check: (pair) =>
    pair.parameters.added
      .filter((param) => !param.required)
      .map((param) =>
        sideFinding(pair, 'new', `new optional ${describeParameter(param)}`, ['parameters'], [param.name]),
      ),
});
