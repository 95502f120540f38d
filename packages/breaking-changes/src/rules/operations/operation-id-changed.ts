import { pairFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `operation-id-changed` (warn): The operationId changed: generated clients name their methods after it.
 */
export const operationIdChanged: OperationRule = defineRule({
  scope: 'operation',
  id: 'operation-id-changed',
  level: 'warn',
  direction: 'none',
  summary: 'The operationId changed: generated clients name their methods after it.',
  check: (pair) =>
    pair.old.operationId === pair.new.operationId
      ? []
      : [
          pairFinding(
            pair,
            `operationId changed from \`${pair.old.operationId}\` to \`${pair.new.operationId}\``,
            ['operationId'],
            [pair.old.operationId, pair.new.operationId],
          ),
        ],
});
