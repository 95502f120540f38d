/**
 * Numbers that must agree inside one object: duration statistics in order
 * (min ≤ median ≤ mean ≤ p95 ≤ max) and totals that are the sum of their
 * parts (total_runs = successful_runs + failed_runs).
 */
import type { SchemaObject } from '@circleci-kit/spec-loader';

/** Statistics of one sample, smallest first. */
const STATISTICS: readonly string[] = ['min', 'median', 'mean', 'p95', 'max'];

/** Totals and the counts they add up. */
const TOTALS: ReadonlyArray<readonly [total: string, parts: readonly string[]]> = [
  ['total_runs', ['successful_runs', 'failed_runs']],
  ['total', ['success', 'failure', 'skipped', 'error']],
];

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/**
 * Makes the statistics and totals of a generated object agree, in place.
 * Statistics are sorted among themselves; a total becomes the sum of its
 * parts when that stays within the total's `maximum`. Objects without all
 * of a group's keys (as integers) are left alone.
 *
 * @example
 * const metrics = { min: 820, median: 590, max: 535 };
 * makeNumbersConsistent(metrics, {});
 * // metrics → { min: 535, median: 590, max: 820 }
 */
export function makeNumbersConsistent(
  object: Record<string, unknown>,
  properties: Readonly<Record<string, SchemaObject>>,
): void {
  const present = STATISTICS.filter((key) => key in object);
  if (present.length > 1 && present.every((key) => isCount(object[key]))) {
    const values = present.map((key) => object[key] as number).sort((a, b) => a - b);
    present.forEach((key, i) => {
      object[key] = values[i];
    });
  }
  for (const [total, parts] of TOTALS) {
    if (!isCount(object[total]) || !parts.every((part) => isCount(object[part]))) continue;
    const sum = parts.reduce((acc, part) => acc + (object[part] as number), 0);
    const maximum = properties[total]?.maximum;
    if (maximum === undefined || sum <= maximum) object[total] = sum;
  }
}
