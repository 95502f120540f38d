import { sideFinding, successStatuses } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `success-status-removed` (error): A success status is gone with no other success status in its place: clients wait for an answer that never comes.
 */
export const successStatusRemoved: OperationRule = defineRule({
  scope: 'operation',
  id: 'success-status-removed',
  level: 'error',
  direction: 'response',
  summary:
    'A success status is gone with no other success status in its place: clients wait for an answer that never comes.',
  check: (pair) =>
    successStatuses(pair.new).some((status) => !pair.old.responses[status])
      ? []
      : successStatuses(pair.old)
          .filter((status) => !pair.new.responses[status])
          .map((status) =>
            sideFinding(pair, 'old', `success status ${status} removed`, ['responses', status], [status]),
          ),
});
