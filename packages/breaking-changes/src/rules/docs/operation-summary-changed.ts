import { pairFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `operation-summary-changed` (info): The operation's summary changed (documentation only; reported with `includeDocs`).
 */
export const operationSummaryChanged: OperationRule = defineRule({
  scope: 'operation',
  id: 'operation-summary-changed',
  level: 'info',
  direction: 'none',
  summary: "The operation's summary changed (documentation only; reported with `includeDocs`).",
  docs: true,
  check: (pair) =>
    (pair.old.summary ?? '') === (pair.new.summary ?? '') ? [] : [pairFinding(pair, 'summary changed', ['summary'])],
});
