import { describeParameter, sideFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `parameter-added-required` (error): A new required parameter: existing clients do not send it.
 */
export const parameterAddedRequired: OperationRule = defineRule({
  scope: 'operation',
  id: 'parameter-added-required',
  level: 'error',
  direction: 'request',
  summary: 'A new required parameter: existing clients do not send it.',
  check: (pair) =>
    pair.parameters.added
      .filter((param) => param.required)
      .map((param) =>
        sideFinding(pair, 'new', `new required ${describeParameter(param)}`, ['parameters'], [param.name]),
      ),
});
