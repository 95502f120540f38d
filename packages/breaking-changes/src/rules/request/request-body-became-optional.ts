import { pairFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `request-body-became-optional` (info): A required request body became optional.
 */
export const requestBodyBecameOptional: OperationRule = defineRule({
  scope: 'operation',
  id: 'request-body-became-optional',
  level: 'info',
  direction: 'request',
  summary: 'A required request body became optional.',
  check: (pair) =>
    pair.old.requestBody?.required && pair.new.requestBody && !pair.new.requestBody.required
      ? [pairFinding(pair, 'request body became optional', ['requestBody'])]
      : [],
});
