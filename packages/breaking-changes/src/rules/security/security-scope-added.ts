import { pairFinding, securitySchemes } from '../helpers/operation-facts.js';
import { defineRule, type OperationRule } from '../rule.js';

/**
 * `security-scope-added` (error): A security scheme requires more scopes: tokens without them are refused.
 */
export const securityScopeAdded: OperationRule = defineRule({
  scope: 'operation',
  id: 'security-scope-added',
  level: 'error',
  direction: 'request',
  summary: 'A security scheme requires more scopes: tokens without them are refused.',
  check: (pair) =>
    [...securitySchemes(pair.new).schemes].flatMap(([name, scopes]) => {
      const before = securitySchemes(pair.old).schemes.get(name);
      const extra = before ? scopes.filter((scope) => !before.includes(scope)) : [];
      return extra.length === 0
        ? []
        : [pairFinding(pair, `security scheme \`${name}\` requires scopes ${extra.join(', ')}`, ['security'], [name])];
    }),
});
