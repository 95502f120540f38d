import { pairFinding } from '../helpers/operation-facts.ts';
import { describeRequirement, lostAlternatives, requirementsOf } from '../helpers/security-facts.ts';
import { defineRule, type OperationRule } from '../rule.ts';

/**
 * `security-scheme-removed` (error): A security scheme callers could authenticate with is named by no requirement any
 * more, and calls without credentials are not taken: callers using it are refused. A scheme dropped from a requirement
 * that still lets its callers in (`[{a, b}]` → `[{a}]`) is not reported.
 */
export const securitySchemeRemoved: OperationRule = defineRule({
  scope: 'operation',
  id: 'security-scheme-removed',
  level: 'error',
  direction: 'request',
  summary:
    'A security scheme callers could authenticate with (alone or with others) is no longer accepted, and calls without credentials are not: callers using it are refused.',
  check: (pair) => {
    const reported = new Set<string>();
    return lostAlternatives(requirementsOf(pair.old), requirementsOf(pair.new)).flatMap((lost) => {
      if (lost.kind !== 'scheme-removed') return [];
      const names = lost.schemes.filter((name) => !reported.has(name));
      for (const name of names) reported.add(name);
      return names.map((name) =>
        pairFinding(
          pair,
          `security scheme \`${name}\` no longer accepted (callers using ${describeRequirement(lost.alternative)} are refused)`,
          ['security'],
          [name],
        ),
      );
    });
  },
});
