import { sideFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `request-body-added-optional` (info): An optional request body appeared.
 */
export const requestBodyAddedOptional: OperationRule = defineRule({
  scope: 'operation',
  id: 'request-body-added-optional',
  level: 'info',
  direction: 'request',
  summary: 'An optional request body appeared.',
  check: (pair) =>
    !pair.old.requestBody && pair.new.requestBody && !pair.new.requestBody.required
      ? [sideFinding(pair, 'new', 'optional request body added', ['requestBody'])]
      : [],
});
