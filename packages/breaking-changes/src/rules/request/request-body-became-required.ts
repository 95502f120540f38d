import { pairFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `request-body-became-required` (error): An optional request body became required: clients that send none are rejected.
 */
export const requestBodyBecameRequired: OperationRule = defineRule({
  scope: 'operation',
  id: 'request-body-became-required',
  level: 'error',
  direction: 'request',
  summary: 'An optional request body became required: clients that send none are rejected.',
  check: (pair) =>
    pair.old.requestBody && pair.new.requestBody && !pair.old.requestBody.required && pair.new.requestBody.required
      ? [pairFinding(pair, 'request body became required', ['requestBody'])]
      : [],
});
