import { sideFinding } from '../helpers/operation-facts.js';
import { defineRule, type OperationRule } from '../rule.js';

/**
 * `request-media-type-removed` (error): A request media type is no longer accepted: clients that send it are rejected.
 */
export const requestMediaTypeRemoved: OperationRule = defineRule({
  scope: 'operation',
  id: 'request-media-type-removed',
  level: 'error',
  direction: 'request',
  summary: 'A request media type is no longer accepted: clients that send it are rejected.',
  check: (pair) =>
    !pair.new.requestBody
      ? []
      : Object.keys(pair.old.requestBody?.content ?? {})
          .filter((type) => !pair.new.requestBody?.content[type])
          .map((type) =>
            sideFinding(pair, 'old', `request media type ${type} removed`, ['requestBody', 'content', type], [type]),
          ),
});
