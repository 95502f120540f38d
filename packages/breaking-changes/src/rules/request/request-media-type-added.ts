import { sideFinding } from '../helpers/operation-facts.js';
import { defineRule, type OperationRule } from '../rule.js';

/**
 * `request-media-type-added` (info): The request body accepts one more media type.
 */
export const requestMediaTypeAdded: OperationRule = defineRule({
  scope: 'operation',
  id: 'request-media-type-added',
  level: 'info',
  direction: 'request',
  summary: 'The request body accepts one more media type.',
  check: (pair) =>
    !pair.old.requestBody
      ? []
      : Object.keys(pair.new.requestBody?.content ?? {})
          .filter((type) => !pair.old.requestBody?.content[type])
          .map((type) =>
            sideFinding(pair, 'new', `request media type ${type} added`, ['requestBody', 'content', type], [type]),
          ),
});
