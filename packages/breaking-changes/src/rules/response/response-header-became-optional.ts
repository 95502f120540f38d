import { pairFinding } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `response-header-became-optional` (error): A required response header became optional: clients that rely on it may meet its absence.
 */
export const responseHeaderBecameOptional: OperationRule = defineRule({
  scope: 'operation',
  id: 'response-header-became-optional',
  level: 'error',
  direction: 'response',
  summary: 'A required response header became optional: clients that rely on it may meet its absence.',
  check: (pair) =>
    Object.entries(pair.old.responses).flatMap(([status, response]) =>
      Object.entries(response.headers)
        .filter(([name, header]) => header.required && pair.new.responses[status]?.headers[name]?.required === false)
        .map(([name]) =>
          pairFinding(
            pair,
            `response ${status} header \`${name}\` became optional`,
            ['responses', status, 'headers', name],
            [name],
          ),
        ),
    ),
});
