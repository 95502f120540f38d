import { describeParameter, pairFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `parameter-became-required` (error): An optional parameter became required: clients that leave it out are rejected.
 */
export const parameterBecameRequired: OperationRule = defineRule({
  scope: 'operation',
  id: 'parameter-became-required',
  level: 'error',
  direction: 'request',
  summary: 'An optional parameter became required: clients that leave it out are rejected.',
  check: (pair) =>
    pair.parameters.pairs
      .filter(([o, n]) => !o.required && n.required)
      .map(([, n]) => pairFinding(pair, `${describeParameter(n)} became required`, ['parameters'], [n.name])),
});
