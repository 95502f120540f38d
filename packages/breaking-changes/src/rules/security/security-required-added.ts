import { pairFinding, securitySchemes } from '../helpers/operation-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `security-required-added` (error): An operation that could be called without credentials now requires them.
 */
export const securityRequiredAdded: OperationRule = defineRule({
  scope: 'operation',
  id: 'security-required-added',
  level: 'error',
  direction: 'request',
  summary: 'An operation that could be called without credentials now requires them.',
  check: (pair) =>
    securitySchemes(pair.old).anonymous && !securitySchemes(pair.new).anonymous
      ? [
          pairFinding(pair, `now requires credentials (${[...securitySchemes(pair.new).schemes.keys()].join(', ')})`, [
            'security',
          ]),
        ]
      : [],
});
