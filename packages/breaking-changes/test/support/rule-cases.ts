import type { LoadedSpec } from '@circleci-kit/spec-loader';
import { describe, expect, it } from 'vitest';
import { diffSpecs, type DiffOptions } from '../../src/index.ts';

/** One minimal spec pair for one rule, and how many changes of that rule it must give. */
export interface RuleCase {
  rule: string;
  given: string;
  pair: [LoadedSpec, LoadedSpec];
  want: number;
  includeDocs?: boolean;
  /** Further diff options (release date, deprecation days, stability level). */
  options?: DiffOptions;
}

/** Runs each case as its own test, grouped by rule. */
export function runRuleCases(cases: readonly RuleCase[]): void {
  const byRule = new Map<string, RuleCase[]>();
  for (const c of cases) byRule.set(c.rule, [...(byRule.get(c.rule) ?? []), c]);
  for (const [rule, group] of byRule) {
    describe(rule, () => {
      it.each(group)('$given → $want', ({ pair, want, includeDocs, options }) => {
        const changes = diffSpecs(pair[0], pair[1], { includeDocs: includeDocs ?? false, ...options }).filter(
          (c) => c.id === rule,
        );
        expect(changes).toHaveLength(want);
        for (const change of changes) expect(change.message).not.toBe('');
      });
    });
  }
}
