import type { LoadedSpec } from '@circleci-kit/spec-loader';
import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../src/index.js';

/** One minimal spec pair for one rule, and how many changes of that rule it must give. */
export interface RuleCase {
  rule: string;
  given: string;
  pair: [LoadedSpec, LoadedSpec];
  want: number;
  includeDocs?: boolean;
}

/** Runs each case as its own test, grouped by rule. */
export function runRuleCases(cases: readonly RuleCase[]): void {
  const byRule = new Map<string, RuleCase[]>();
  for (const c of cases) byRule.set(c.rule, [...(byRule.get(c.rule) ?? []), c]);
  for (const [rule, group] of byRule) {
    describe(rule, () => {
      it.each(group)('$given → $want', ({ pair, want, includeDocs }) => {
        const changes = diffSpecs(pair[0], pair[1], { includeDocs: includeDocs ?? false }).filter((c) => c.id === rule);
        expect(changes).toHaveLength(want);
        for (const change of changes) expect(change.message).not.toBe('');
      });
    });
  }
}
