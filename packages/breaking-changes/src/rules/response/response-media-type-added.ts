import { responseKeysOnlyIn, sideFinding } from '../helpers/operation-facts.js';
import { defineRule, type OperationRule } from '../rule.js';

/**
 * `response-media-type-added` (info): A response has one more media type.
 */
export const responseMediaTypeAdded: OperationRule = defineRule({
  scope: 'operation',
  id: 'response-media-type-added',
  level: 'info',
  direction: 'response',
  summary: 'A response has one more media type.',
  check: (pair) =>
    responseKeysOnlyIn(pair, 'new', (response) => response.content).map(({ status, key }) =>
      sideFinding(
        pair,
        'new',
        `response ${status} media type ${key} added`,
        ['responses', status, 'content', key],
        [key],
      ),
    ),
});
