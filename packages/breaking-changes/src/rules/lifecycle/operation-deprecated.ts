import { pairFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `operation-deprecated` (info): The operation is now marked `deprecated`.
 */
export const operationDeprecated: OperationRule = defineRule({
  scope: 'operation',
  id: 'operation-deprecated',
  level: 'info',
  direction: 'none',
  summary: 'The operation is now marked `deprecated`.',
  check: (pair) =>
    !pair.old.deprecated && pair.new.deprecated ? [pairFinding(pair, 'operation deprecated', ['deprecated'])] : [],
});
