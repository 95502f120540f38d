import { pairFinding } from '../helpers/operation-facts.ts';
import { describeRequirement, lostAlternatives, requirementsOf } from '../helpers/security-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `security-scheme-also-required` (error): Callers that satisfied one security requirement must now also satisfy
 * another scheme (`[{a}]` → `[{a, b}]`, or `[{a}, {b}]` → `[{a, b}]`): callers with only the old credentials are
 * refused.
 */
export const securitySchemeAlsoRequired: OperationRule = defineRule({
  scope: 'operation',
  id: 'security-scheme-also-required',
  level: 'error',
  direction: 'request',
  summary:
    'Callers that satisfied one security requirement must now also satisfy another scheme (a requirement object gained a scheme, or alternatives were merged into one): callers with only the old credentials are refused.',
  check: (pair) =>
    lostAlternatives(requirementsOf(pair.old), requirementsOf(pair.new)).flatMap((lost) =>
      lost.kind !== 'scheme-also-required'
        ? []
        : [
            pairFinding(
              pair,
              `callers using ${describeRequirement(lost.alternative)} must now also use ${lost.schemes.map((name) => `\`${name}\``).join(' + ')}`,
              ['security'],
              lost.schemes,
            ),
          ],
    ),
});
