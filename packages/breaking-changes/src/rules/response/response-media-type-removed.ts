import { sideFinding } from '../helpers/operation-facts.ts';
import { responseMediaPairings } from '../helpers/media-types.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `response-media-type-removed` (error): A response media type is gone, and
 * none of its family took its place: clients that ask for it get something
 * else.
 */
export const responseMediaTypeRemoved: OperationRule = defineRule({
  scope: 'operation',
  id: 'response-media-type-removed',
  level: 'error',
  direction: 'response',
  summary: 'A response media type is gone: clients that ask for it get something else.',
  check: (pair) =>
    responseMediaPairings(pair).flatMap(({ status, pairing }) =>
      pairing.removed.map((type) =>
        sideFinding(
          pair,
          'old',
          `response ${status} media type ${type} removed`,
          ['responses', status, 'content', type],
          [type],
        ),
      ),
    ),
});
