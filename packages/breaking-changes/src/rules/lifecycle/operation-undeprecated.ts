import { pairFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `operation-undeprecated` (info): The operation is no longer marked `deprecated`.
 */
export const operationUndeprecated: OperationRule = defineRule({
  scope: 'operation',
  id: 'operation-undeprecated',
  level: 'info',
  direction: 'none',
  summary: 'The operation is no longer marked `deprecated`.',
  check: (pair) =>
    pair.old.deprecated && !pair.new.deprecated
      ? [pairFinding(pair, 'operation no longer deprecated', ['deprecated'])]
      : [],
});
