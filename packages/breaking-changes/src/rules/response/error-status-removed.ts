import { sideFinding, successStatuses } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `error-status-removed` (info): A documented non-success status is gone.
 */
export const errorStatusRemoved: OperationRule = defineRule({
  scope: 'operation',
  id: 'error-status-removed',
  level: 'info',
  direction: 'response',
  summary: 'A documented non-success status is gone.',
  check: (pair) =>
    Object.keys(pair.old.responses)
      .filter((status) => !pair.new.responses[status] && !successStatuses(pair.old).includes(status))
      .map((status) => sideFinding(pair, 'old', `response status ${status} removed`, ['responses', status], [status])),
});
