/**
 * Runs one phase's checks as a fast-check property, one failing check at a
 * time: a failure is shrunk for the first check that failed, that check is
 * set aside, and the property runs again (from a reset target) for the
 * others. A check's outcome so never depends on which other checks ran.
 */
import fc from 'fast-check';
import { CHECK_IDS, type CheckId } from '../check-catalogue.ts';
import type { RecordedRequest, RecordedResponse } from '../interaction.ts';

/** Why one check failed on one case. */
export interface CaseFailure {
  message: string;
  request?: RecordedRequest | undefined;
  response?: RecordedResponse | undefined;
}

/** What one case gave: failures by check, or `discard` when the input does not apply. */
export type CaseOutcome = Map<CheckId, CaseFailure> | 'discard';

/** The outcome of one check over a phase. */
export interface PhaseCheckOutcome {
  status: 'passed' | 'failed' | 'skipped';
  cases: number;
  reason?: string;
  failure?: CaseFailure & { input: unknown; path: string };
}

/** What {@link runPropertyPhase} needs. */
export interface PropertyPhaseInput<T> {
  arbitrary: fc.Arbitrary<T>;
  checks: readonly CheckId[];
  seed: number;
  runs: number;
  /** Called before every pass, so each pass starts from the same target state. */
  reset: () => Promise<void>;
  evaluate: (value: T, active: ReadonlySet<CheckId>) => CaseOutcome | Promise<CaseOutcome>;
  /** Called when every input was discarded: the reason the checks are skipped. */
  skipReason: string;
}

const order = new Map<CheckId, number>(CHECK_IDS.map((id, index) => [id, index]));

/** Runs the property; an error thrown by `evaluate` (e.g. the target died) ends it and is rethrown. */
export async function runPropertyPhase<T>(input: PropertyPhaseInput<T>): Promise<Map<CheckId, PhaseCheckOutcome>> {
  const outcomes = new Map<CheckId, PhaseCheckOutcome>();
  const active = new Set(input.checks);
  while (active.size > 0) {
    await input.reset();
    let target: CheckId | undefined;
    let last: CaseFailure | undefined;
    // Boxed, so that even a thrown `undefined` ends the run.
    let aborted: { error: unknown } | undefined;
    let judged = 0;
    const property = fc.asyncProperty(input.arbitrary, async (value) => {
      if (aborted !== undefined) return true;
      let outcome: CaseOutcome;
      try {
        outcome = await input.evaluate(value, active);
      } catch (error) {
        aborted = { error };
        return true;
      }
      if (outcome === 'discard') {
        fc.pre(false);
        return true;
      }
      judged += 1;
      if (target === undefined) {
        const failing = [...outcome.keys()]
          .filter((id) => active.has(id))
          .sort((a, b) => order.get(a)! - order.get(b)!);
        if (failing.length === 0) return true;
        target = failing[0]!;
      }
      const failure = outcome.get(target);
      if (failure === undefined) return true;
      last = failure;
      return false;
    });
    const details = await fc.check(property, { seed: input.seed, numRuns: input.runs, maxSkipsPerRun: 20 });
    if (aborted !== undefined) throw aborted.error;
    if (target === undefined || !details.failed || details.counterexample === null) {
      for (const id of active) {
        outcomes.set(
          id,
          judged === 0
            ? { status: 'skipped', cases: 0, reason: input.skipReason }
            : { status: 'passed', cases: judged },
        );
      }
      break;
    }
    outcomes.set(target, {
      status: 'failed',
      cases: details.numRuns,
      failure: { ...last!, input: details.counterexample[0], path: details.counterexamplePath },
    });
    active.delete(target);
  }
  return outcomes;
}
