import { pairFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `operation-description-changed` (info): The operation's description changed (documentation only; reported with `includeDocs`).
 */
export const operationDescriptionChanged: OperationRule = defineRule({
  scope: 'operation',
  id: 'operation-description-changed',
  level: 'info',
  direction: 'none',
  summary: "The operation's description changed (documentation only; reported with `includeDocs`).",
  docs: true,
  check: (pair) =>
    (pair.old.description ?? '') === (pair.new.description ?? '')
      ? []
      : [pairFinding(pair, 'description changed', ['description'])],
});
