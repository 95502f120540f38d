import { resolvePointer, type LoadedSpec, type OperationInfo } from '@circleci-kit/spec-loader';
import type { StabilityLevel } from '../../types.ts';
import type { OperationMatching } from '../rule.ts';

/** The stability levels, least stable first. */
export const STABILITY_LEVELS: readonly StabilityLevel[] = ['draft', 'alpha', 'beta', 'stable'];

/** The operation object as written in its document (for `x-sunset` and `x-stability-level`). */
export function rawOf(spec: LoadedSpec, op: OperationInfo): Record<string, unknown> {
  const raw = resolvePointer(spec.document, op.pointer);
  return raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
}

/**
 * The day of an `x-sunset` (YYYY-MM-DD), from a date or a date-time string
 * (or a `Date`, as a YAML loader gives it); `undefined` when there is none or
 * it cannot be read.
 */
export function sunsetDay(raw: Record<string, unknown>): string | undefined {
  const value = raw['x-sunset'];
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value.trim() : '';
  const day = /^\d{4}-\d{2}-\d{2}/.exec(text)?.[0];
  return day !== undefined && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? day : undefined;
}

/** The removed operations that were deprecated with an `x-sunset`, each with that day. */
export function removedWithSunset(
  old: LoadedSpec,
  matching: OperationMatching,
): Array<{ op: OperationInfo; sunset: string }> {
  return matching.removed.flatMap((op) => {
    const sunset = op.deprecated ? sunsetDay(rawOf(old, op)) : undefined;
    return sunset === undefined ? [] : [{ op, sunset }];
  });
}

/** The operation's `x-stability-level`; `stable` when it has none or an unknown one. */
export function stabilityOf(raw: Record<string, unknown>): StabilityLevel {
  const value = raw['x-stability-level'];
  return STABILITY_LEVELS.find((level) => level === value) ?? 'stable';
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
