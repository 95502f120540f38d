import { isHttpInteraction, type PactFile, type SpecChecker, type SpecMismatch } from '@circleci-kit/pact/check-spec';

/** An interaction of a pact that held against the old spec and fails against the new one. */
export interface BrokenInteraction {
  /** The interaction's index in the pact. */
  index: number;
  /** Its description. */
  interaction: string;
  /** Why it fails against the new spec: the first error `pact check-spec` reports, with its place in the pact. */
  reason: string;
}

const errorsOf = (mismatches: readonly SpecMismatch[]): SpecMismatch[] =>
  mismatches.filter((mismatch) => mismatch.severity === 'error');

/**
 * The interactions a spec change broke, by the same check as
 * `pact check-spec` (matching rules honoured): each interaction is held
 * to both versions, and one with no error against the old spec but some
 * against the new one is broken. Warnings count for neither side. The
 * checkers (`createSpecChecker(oldSpec)`, `createSpecChecker(newSpec)`)
 * are shared by every pact of a diff; an interaction whose check cannot
 * differ between the two (`checksAlike`: the same route to an operation
 * unchanged in all the check reads) is not checked, and one that holds
 * against the new spec is not checked against the old.
 *
 * @example
 * const checkers = { before: createSpecChecker(oldSpec), after: createSpecChecker(newSpec) };
 * brokenInteractions(pact, checkers); // [{ index: 0, interaction: 'get me', reason: '…' }]
 */
export function brokenInteractions(
  pact: PactFile,
  checkers: { before: SpecChecker; after: SpecChecker },
): BrokenInteraction[] {
  const { before, after } = checkers;
  const out: BrokenInteraction[] = [];
  for (const [index, interaction] of pact.interactions.entries()) {
    // Only HTTP interactions are checked.
    if (!isHttpInteraction(interaction) || after.checksAlike(before, interaction)) continue;
    const errors = errorsOf(after.check(interaction, index));
    if (errors.length === 0 || errorsOf(before.check(interaction, index)).length > 0) continue;
    const first = errors[0]!;
    out.push({ index, interaction: first.interaction, reason: `${first.pointer}: ${first.message}` });
  }
  return out;
}
