import { CHECK_CATALOGUE, type CheckId, type CheckPhase } from './check-catalogue.ts';
import type { Shard } from './shard.ts';

/** One unit of work: the checks of one phase on one operation (they share their requests). */
export interface PlanUnit {
  readonly operationId: string;
  readonly phase: CheckPhase;
  /** The checks of this phase that the run asked for, in catalogue order. */
  readonly checks: readonly CheckId[];
}

/** What {@link planConformance} needs. */
export interface PlanInput {
  /** The operations to test, by operationId. */
  operationIds: readonly string[];
  /** The checks to run. @default every check that runs by default */
  checks?: readonly CheckId[];
  /** Only this shard's part of the work. @default undefined (all of it) */
  shard?: Shard | undefined;
}

const PHASES: readonly CheckPhase[] = ['request', 'valid', 'negative', 'auth', 'pagination', 'stateful'];

/** The default checks: every check of the catalogue that runs without being asked for. */
export const DEFAULT_CHECKS: readonly CheckId[] = CHECK_CATALOGUE.filter((check) => check.byDefault).map(
  (check) => check.id,
);

/**
 * The work of a run: for every operation (sorted by operationId) and phase,
 * the requested checks of that phase. With a shard, unit number k of the
 * whole plan goes to shard `k mod n + 1`, so the union of the n shards is the
 * whole plan, no unit is in two shards, and each shard gets as many units as
 * the others, give or take one. Every (operation, check) pair is in exactly
 * one unit.
 *
 * @example
 * planConformance({ operationIds: ['getCurrentUser'], checks: ['response-schema', 'auth-enforced'] });
 * // [{ operationId: 'getCurrentUser', phase: 'valid', checks: ['response-schema'] },
 * //  { operationId: 'getCurrentUser', phase: 'auth', checks: ['auth-enforced'] }]
 */
export function planConformance(input: PlanInput): PlanUnit[] {
  const wanted = new Set(input.checks ?? DEFAULT_CHECKS);
  const byPhase = PHASES.map((phase) => ({
    phase,
    checks: CHECK_CATALOGUE.filter((check) => check.phase === phase && wanted.has(check.id)).map((c) => c.id),
  })).filter((group) => group.checks.length > 0);
  const units: PlanUnit[] = [];
  for (const operationId of [...new Set(input.operationIds)].sort()) {
    for (const group of byPhase) units.push({ operationId, phase: group.phase, checks: group.checks });
  }
  const { shard } = input;
  return shard === undefined ? units : units.filter((_unit, k) => k % shard.total === shard.index - 1);
}
