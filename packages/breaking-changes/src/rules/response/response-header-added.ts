import { responseKeysOnlyIn, sideFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `response-header-added` (info): A response has one more header.
 */
export const responseHeaderAdded: OperationRule = defineRule({
  scope: 'operation',
  id: 'response-header-added',
  level: 'info',
  direction: 'response',
  summary: 'A response has one more header.',
  check: (pair) =>
    responseKeysOnlyIn(pair, 'new', (response) => response.headers).map(({ status, key }) =>
      sideFinding(
        pair,
        'new',
        `response ${status} header \`${key}\` added`,
        ['responses', status, 'headers', key],
        [key],
      ),
    ),
});
