import { checkPactAgainstSpec, type PactFile, type SpecMismatch } from '@circleci-kit/pact';
import type { LoadedSpec } from '@circleci-kit/spec-loader';

/** An interaction of a pact that held against the old spec and fails against the new one. */
export interface BrokenInteraction {
  /** The interaction's index in the pact. */
  index: number;
  /** Its description. */
  interaction: string;
  /** Why it fails against the new spec: the first error `pact check-spec` reports, with its place in the pact. */
  reason: string;
}

/** The error mismatches by interaction index. */
function errorsByIndex(mismatches: readonly SpecMismatch[]): Map<number, SpecMismatch[]> {
  const out = new Map<number, SpecMismatch[]>();
  for (const mismatch of mismatches) {
    if (mismatch.severity !== 'error') continue;
    out.set(mismatch.index, [...(out.get(mismatch.index) ?? []), mismatch]);
  }
  return out;
}

/**
 * The interactions a spec change broke, by the same check as
 * `pact check-spec` (matching rules honoured): each interaction is held
 * to both versions, and one with no error against `oldSpec` but some
 * against `newSpec` is broken. Warnings count for neither side.
 *
 * @example
 * brokenInteractions(pact, oldSpec, newSpec); // [{ index: 0, interaction: 'get me', reason: '…' }]
 */
export function brokenInteractions(pact: PactFile, oldSpec: LoadedSpec, newSpec: LoadedSpec): BrokenInteraction[] {
  const before = errorsByIndex(checkPactAgainstSpec(pact, oldSpec));
  const after = errorsByIndex(checkPactAgainstSpec(pact, newSpec));
  const out: BrokenInteraction[] = [];
  for (const [index, errors] of [...after].sort(([a], [b]) => a - b)) {
    if (before.has(index)) continue;
    const first = errors[0]!;
    out.push({ index, interaction: first.interaction, reason: `${first.pointer}: ${first.message}` });
  }
  return out;
}
