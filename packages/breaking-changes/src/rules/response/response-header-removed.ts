import { responseKeysOnlyIn, sideFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `response-header-removed` (error): A response header is gone: clients that read it (e.g. for paging or rate limits) break.
 */
export const responseHeaderRemoved: OperationRule = defineRule({
  scope: 'operation',
  id: 'response-header-removed',
  level: 'error',
  direction: 'response',
  summary: 'A response header is gone: clients that read it (e.g. for paging or rate limits) break.',
  check: (pair) =>
    responseKeysOnlyIn(pair, 'old', (response) => response.headers).map(({ status, key }) =>
      sideFinding(
        pair,
        'old',
        `response ${status} header \`${key}\` removed`,
        ['responses', status, 'headers', key],
        [key],
      ),
    ),
});
