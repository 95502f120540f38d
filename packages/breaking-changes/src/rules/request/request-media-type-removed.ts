import { sideFinding } from '../helpers/operation-facts.ts';
import { requestMediaPairing } from '../helpers/media-types.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `request-media-type-removed` (error): A request media type is no longer
 * accepted, and none of its family took its place: clients that send it are
 * rejected.
 */
export const requestMediaTypeRemoved: OperationRule = defineRule({
  scope: 'operation',
  id: 'request-media-type-removed',
  level: 'error',
  direction: 'request',
  summary: 'A request media type is no longer accepted: clients that send it are rejected.',
  check: (pair) =>
    (requestMediaPairing(pair)?.removed ?? []).map((type) =>
      sideFinding(pair, 'old', `request media type ${type} removed`, ['requestBody', 'content', type], [type]),
    ),
});
