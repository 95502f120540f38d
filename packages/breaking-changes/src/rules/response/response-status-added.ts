import { sideFinding, successStatuses } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `response-status-added` (info): The operation documents one more response status.
 */
export const responseStatusAdded: OperationRule = defineRule({
  scope: 'operation',
  id: 'response-status-added',
  level: 'info',
  direction: 'response',
  summary: 'The operation documents one more response status.',
  check: (pair) =>
    Object.keys(pair.new.responses)
      .filter(
        (status) =>
          !pair.old.responses[status] &&
          !(
            successStatuses(pair.new).includes(status) && successStatuses(pair.old).some((s) => !pair.new.responses[s])
          ),
      )
      .map((status) => sideFinding(pair, 'new', `response status ${status} added`, ['responses', status], [status])),
});
