import { pairFinding, securitySchemes } from '../helpers/operation-facts.js';
import { defineRule, type OperationRule } from '../rule.js';

/**
 * `security-scheme-removed` (error): A security scheme the operation accepted is no longer accepted: clients using it
 * are refused. Not reported when the operation now takes calls without credentials (`security-removed`).
 */
export const securitySchemeRemoved: OperationRule = defineRule({
  scope: 'operation',
  id: 'security-scheme-removed',
  level: 'error',
  direction: 'request',
  summary:
    'A security scheme the operation accepted is no longer accepted, and calls without credentials are not: clients using it are refused.',
  check: (pair) => {
    const after = securitySchemes(pair.new);
    if (after.anonymous) return [];
    return [...securitySchemes(pair.old).schemes.keys()]
      .filter((name) => !after.schemes.has(name))
      .map((name) => pairFinding(pair, `security scheme \`${name}\` no longer accepted`, ['security'], [name]));
  },
});
