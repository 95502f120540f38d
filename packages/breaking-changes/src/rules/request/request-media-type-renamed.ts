import { appendPointer } from '@circleci-kit/spec-loader';
import { requestMediaPairing } from '../helpers/media-types.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `request-media-type-renamed` (warn): A request media type gave way to
 * another of its family (`application/json` → `application/problem+json`,
 * or a parameterised `application/json; charset=utf-8`): clients sending
 * the old `Content-Type` may be refused by a strict server.
 */
export const requestMediaTypeRenamed: OperationRule = defineRule({
  scope: 'operation',
  id: 'request-media-type-renamed',
  level: 'warn',
  direction: 'request',
  summary: 'A request media type gave way to another of its family (`application/json` → `application/problem+json`).',
  check: (pair) =>
    (requestMediaPairing(pair)?.renamed ?? []).map(([from, to]) => ({
      message: `request media type ${from} renamed to ${to}`,
      old: appendPointer(pair.old.pointer, 'requestBody', 'content', from),
      new: appendPointer(pair.new.pointer, 'requestBody', 'content', to),
      subjects: [from, to],
    })),
});
