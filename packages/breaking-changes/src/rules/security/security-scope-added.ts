import { pairFinding } from '../helpers/operation-facts.ts';
import { describeRequirement, lostAlternatives, requirementsOf } from '../helpers/security-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `security-scope-added` (error): A security requirement asks more scopes and no other requirement lets its callers
 * in: tokens without them are refused.
 */
export const securityScopeAdded: OperationRule = defineRule({
  scope: 'operation',
  id: 'security-scope-added',
  level: 'error',
  direction: 'request',
  summary:
    'A security requirement asks more scopes, and no other requirement lets its callers in: tokens without them are refused.',
  check: (pair) =>
    lostAlternatives(requirementsOf(pair.old), requirementsOf(pair.new)).flatMap((lost) =>
      lost.kind !== 'scope-added'
        ? []
        : lost.scopes.map(({ scheme, scopes }) =>
            pairFinding(
              pair,
              `security scheme \`${scheme}\` requires scopes ${scopes.join(', ')} (callers using ${describeRequirement(lost.alternative)} are refused)`,
              ['security'],
              [scheme],
            ),
          ),
    ),
});
