import { responseKeysOnlyIn, sideFinding } from '../helpers/operation-facts.js';
import { defineRule, type OperationRule } from '../rule.js';

/**
 * `response-media-type-removed` (error): A response media type is gone: clients that ask for it get something else.
 */
export const responseMediaTypeRemoved: OperationRule = defineRule({
  scope: 'operation',
  id: 'response-media-type-removed',
  level: 'error',
  direction: 'response',
  summary: 'A response media type is gone: clients that ask for it get something else.',
  check: (pair) =>
    responseKeysOnlyIn(pair, 'old', (response) => response.content).map(({ status, key }) =>
      sideFinding(
        pair,
        'old',
        `response ${status} media type ${key} removed`,
        ['responses', status, 'content', key],
        [key],
      ),
    ),
});
