import { sideFinding } from '../helpers/operation-facts.ts';
import { responseMediaPairings } from '../helpers/media-types.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `response-media-type-added` (info): A response has one more media type
 * (not one that took the place of another of its family: that is
 * `response-media-type-renamed`).
 */
export const responseMediaTypeAdded: OperationRule = defineRule({
  scope: 'operation',
  id: 'response-media-type-added',
  level: 'info',
  direction: 'response',
  summary: 'A response has one more media type.',
  check: (pair) =>
    responseMediaPairings(pair).flatMap(({ status, pairing }) =>
      pairing.added.map((type) =>
        sideFinding(
          pair,
          'new',
          `response ${status} media type ${type} added`,
          ['responses', status, 'content', type],
          [type],
        ),
      ),
    ),
});
