import { sideFinding } from '../helpers/operation-facts.ts';
import { requestMediaPairing } from '../helpers/media-types.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `request-media-type-added` (info): The request body accepts one more media
 * type (not one that took the place of another of its family: that is
 * `request-media-type-renamed`).
 */
export const requestMediaTypeAdded: OperationRule = defineRule({
  scope: 'operation',
  id: 'request-media-type-added',
  level: 'info',
  direction: 'request',
  summary: 'The request body accepts one more media type.',
  check: (pair) =>
    (requestMediaPairing(pair)?.added ?? []).map((type) =>
      sideFinding(pair, 'new', `request media type ${type} added`, ['requestBody', 'content', type], [type]),
    ),
});
