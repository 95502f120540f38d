import { sideFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `request-body-removed` (warn): The request body is gone: the server may ignore or reject what clients still send.
 */
export const requestBodyRemoved: OperationRule = defineRule({
  scope: 'operation',
  id: 'request-body-removed',
  level: 'warn',
  direction: 'request',
  summary: 'The request body is gone: the server may ignore or reject what clients still send.',
  check: (pair) =>
    pair.old.requestBody && !pair.new.requestBody
      ? [sideFinding(pair, 'old', 'request body removed', ['requestBody'])]
      : [],
});
