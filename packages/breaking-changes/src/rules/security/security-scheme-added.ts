import { pairFinding, securitySchemes } from '../helpers/operation-facts.js';
import { defineRule, type OperationRule } from '../rule.js';

/**
 * `security-scheme-added` (info): The operation accepts one more security scheme.
 */
export const securitySchemeAdded: OperationRule = defineRule({
  scope: 'operation',
  id: 'security-scheme-added',
  level: 'info',
  direction: 'request',
  summary: 'The operation accepts one more security scheme.',
  check: (pair) =>
    securitySchemes(pair.old).schemes.size === 0
      ? []
      : [...securitySchemes(pair.new).schemes.keys()]
          .filter((name) => !securitySchemes(pair.old).schemes.has(name))
          .map((name) => pairFinding(pair, `security scheme \`${name}\` now accepted`, ['security'], [name])),
});
