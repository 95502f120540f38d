import { pairFinding, successStatuses } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `success-status-changed` (error): A success status was replaced by another (e.g. 202 → 201): clients that check the status break.
 */
export const successStatusChanged: OperationRule = defineRule({
  scope: 'operation',
  id: 'success-status-changed',
  level: 'error',
  direction: 'response',
  summary: 'A success status was replaced by another (e.g. 202 → 201): clients that check the status break.',
  check: (pair) => {
    const gone = successStatuses(pair.old).filter((status) => !pair.new.responses[status]);
    const fresh = successStatuses(pair.new).filter((status) => !pair.old.responses[status]);
    return gone.length === 0 || fresh.length === 0
      ? []
      : [
          pairFinding(
            pair,
            `success status changed from ${gone.join(', ')} to ${fresh.join(', ')}`,
            ['responses'],
            [...gone, ...fresh],
          ),
        ];
  },
});
