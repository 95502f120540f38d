import { sideFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `request-body-added-required` (error): A required request body appeared: existing clients send none.
 */
export const requestBodyAddedRequired: OperationRule = defineRule({
  scope: 'operation',
  id: 'request-body-added-required',
  level: 'error',
  direction: 'request',
  summary: 'A required request body appeared: existing clients send none.',
  check: (pair) =>
    !pair.old.requestBody && pair.new.requestBody?.required
      ? [sideFinding(pair, 'new', 'required request body added', ['requestBody'])]
      : [],
});
