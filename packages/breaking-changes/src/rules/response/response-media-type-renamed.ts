import { appendPointer } from '@circleci-kit/spec-loader';
import { responseMediaPairings } from '../helpers/media-types.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `response-media-type-renamed` (warn): A response media type gave way to
 * another of its family (`application/json` → `application/problem+json`,
 * or `application/json; charset=utf-8`): clients that check the
 * `Content-Type` exactly, or send it in `Accept`, may break.
 */
export const responseMediaTypeRenamed: OperationRule = defineRule({
  scope: 'operation',
  id: 'response-media-type-renamed',
  level: 'warn',
  direction: 'response',
  summary: 'A response media type gave way to another of its family (`application/json` → `application/problem+json`).',
  check: (pair) =>
    responseMediaPairings(pair).flatMap(({ status, pairing }) =>
      pairing.renamed.map(([from, to]) => ({
        message: `response ${status} media type ${from} renamed to ${to}`,
        old: appendPointer(pair.old.pointer, 'responses', status, 'content', from),
        new: appendPointer(pair.new.pointer, 'responses', status, 'content', to),
        subjects: [from, to],
      })),
    ),
});
