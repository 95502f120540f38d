import { pairFinding } from '../helpers/operation-facts.ts';
import { describeRequirement, gainedAlternatives, requirementsOf } from '../helpers/security-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `security-scheme-added` (info): The operation accepts a new way to authenticate, with a scheme it did not use: a
 * new alternative (OR), not a scheme that must also be satisfied (that is `security-scheme-also-required`).
 */
export const securitySchemeAdded: OperationRule = defineRule({
  scope: 'operation',
  id: 'security-scheme-added',
  level: 'info',
  direction: 'request',
  summary:
    'The operation accepts a new way to authenticate, with a scheme it did not use (a new alternative): every caller that got in still does.',
  check: (pair) =>
    gainedAlternatives(requirementsOf(pair.old), requirementsOf(pair.new)).map(({ alternative, schemes }) =>
      pairFinding(pair, `security requirement ${describeRequirement(alternative)} now accepted`, ['security'], schemes),
    ),
});
