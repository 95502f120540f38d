import type { LoadedSpec, OperationInfo } from '@circleci-kit/spec-loader';
import { rawOf, STABILITY_LEVELS, stabilityOf } from '../rules/helpers/lifecycle-facts.ts';
import type { OperationMatching, RuleContext } from '../rules/rule.ts';
import type { DiffOptions, Level, StabilityLevel } from '../types.ts';

/** How the diff treats operations by their `x-stability-level`. */
export interface LifecyclePolicy {
  /** What lifecycle rules need: the release date and the notice required. */
  context: RuleContext;
  /** Whether the operation (either version) is below `stabilityLevel` and left out. */
  skips(op: OperationInfo): boolean;
  /** The level a change on the operation (either version) takes: `info` on `draft` and `alpha` ones by default. */
  level(level: Level, op: OperationInfo): Level;
}

/**
 * Reads the lifecycle options of a diff. An operation's stability is the
 * old version's (the one clients built against), the new one's when it was
 * added; none written counts as `stable`.
 *
 * @throws {RangeError} for a `releaseDate` that is not a YYYY-MM-DD day, a negative or fractional `deprecationDays`, or an unknown `stabilityLevel`.
 * @example
 * const policy = lifecyclePolicy(old, next, matchOperations(old, next), { releaseDate: '2025-10-17' });
 */
export function lifecyclePolicy(
  old: LoadedSpec,
  next: LoadedSpec,
  matching: OperationMatching,
  options: DiffOptions,
): LifecyclePolicy {
  const today = options.releaseDate ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) {
    throw new RangeError(`releaseDate must be a day written YYYY-MM-DD, got "${today}"`);
  }
  const deprecationDays = options.deprecationDays ?? 0;
  if (!Number.isInteger(deprecationDays) || deprecationDays < 0) {
    throw new RangeError(`deprecationDays must be a whole number ≥ 0, got ${deprecationDays}`);
  }
  const floor = options.stabilityLevel;
  if (floor !== undefined && !STABILITY_LEVELS.includes(floor)) {
    throw new RangeError(`stabilityLevel must be one of ${STABILITY_LEVELS.join(', ')}, got "${floor}"`);
  }
  const stability = new Map<OperationInfo, StabilityLevel>();
  for (const op of old.operations.values()) stability.set(op, stabilityOf(rawOf(old, op)));
  for (const op of matching.added) stability.set(op, stabilityOf(rawOf(next, op)));
  for (const [o, n] of [...matching.pairs, ...matching.moved]) stability.set(n, stability.get(o) ?? 'stable');
  const of = (op: OperationInfo) => stability.get(op) ?? 'stable';
  return {
    context: { today, deprecationDays },
    skips: (op) => floor !== undefined && STABILITY_LEVELS.indexOf(of(op)) < STABILITY_LEVELS.indexOf(floor),
    level: (level, op) => (floor === undefined && (of(op) === 'draft' || of(op) === 'alpha') ? 'info' : level),
  };
}
