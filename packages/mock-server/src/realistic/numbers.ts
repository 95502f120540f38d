/**
 * Plausible numbers by property name (counts, ordinals, durations, rates),
 * kept inside the schema's bounds and `multipleOf`.
 */
import type { SchemaObject } from '@circleci-kit/spec-loader';
import { hashAt, type Place } from './place.ts';

/** A plausible range for a property, and how many decimals a `number` gets. */
interface Range {
  readonly low: number;
  readonly high: number;
  readonly decimals: number;
}

const range = (low: number, high: number, decimals = 2): Range => ({ low, high, decimals });

/** Ranges by normalized property name (or by the name of the object around it), first match wins. */
const RANGES: ReadonlyArray<readonly [RegExp, Range]> = [
  [/^(number|pipeline_number|build_number|job_number)$/, range(1, 250)],
  [/^auto_rerun_number$/, range(0, 2)],
  [/^max_auto_reruns$/, range(1, 5)],
  [/^parallelism$/, range(1, 4)],
  [/^per_hour$/, range(1, 6)],
  [/^hours_of_day$/, range(0, 23)],
  [/^days_of_month$/, range(1, 28)],
  [/(^|_)index$/, range(0, 3)],
  [/(^|_)(ms|millis)$/, range(5, 2_000)],
  [/(^|_)(secs|seconds|mttr|time_wasted|p95_duration)$/, range(30, 900, 1)],
  [/^(min|max|mean|median|p95)$/, range(30, 900, 1)],
  [/^standard_deviation$/, range(5, 120, 1)],
  [/^run_time$/, range(0.05, 5, 2)],
  [/(^|_)rate$/, range(0.5, 1, 2)],
  [/^throughput$/, range(0.5, 20, 2)],
  [/credits/, range(10, 2_000)],
  [/^duration$/, range(30, 900, 1)],
];

/** Numbers under a `trends` object are ratios between two periods. */
const TREND = range(0.5, 1.5, 2);
/** Job durations are given in milliseconds. */
const JOB_DURATION_MS = range(30_000, 900_000);
/** Counts, and any other integer. */
const COUNT = range(0, 50);
/** Any other number: positive. */
const POSITIVE = range(0.5, 50, 2);

function rangeFor(place: Place, integer: boolean): Range {
  if (place.owner?.name === 'trends') return TREND;
  if (place.name === 'duration' && place.owner?.kind === 'job') return JOB_DURATION_MS;
  for (const [test, found] of RANGES) if (test.test(place.name)) return found;
  return integer ? COUNT : POSITIVE;
}

/** The schema's bounds as a closed interval for this step (1 for integers, 10^-decimals else). */
function schemaBounds(schema: SchemaObject, step: number): { low: number; high: number } {
  let low = -Infinity;
  let high = Infinity;
  if (schema.minimum !== undefined) low = schema.exclusiveMinimum === true ? schema.minimum + step : schema.minimum;
  if (schema.maximum !== undefined) high = schema.exclusiveMaximum === true ? schema.maximum - step : schema.maximum;
  return { low, high };
}

const roundTo = (value: number, decimals: number): number => Number(value.toFixed(decimals));

/**
 * A plausible number for this place: in the name's range (a count 0–50, a
 * pipeline number, a duration in seconds or ms, a rate), moved into the
 * schema's `minimum`/`maximum` (exclusive ones too) and onto its
 * `multipleOf`. Integers when `integer` is true.
 *
 * @example
 * numberAt({ type: 'integer', minimum: 100 }, place, true); // → e.g. 112
 */
export function numberAt(schema: SchemaObject, place: Place, integer: boolean): number {
  const wanted = rangeFor(place, integer);
  const decimals = integer ? 0 : wanted.decimals;
  const step = integer ? 1 : 10 ** -decimals;
  const bounds = schemaBounds(schema, step);
  let low = Math.max(wanted.low, bounds.low);
  let high = Math.min(wanted.high, bounds.high);
  if (low > high) {
    // The name's range lies outside the schema's: stay near the bound it crossed.
    low = Number.isFinite(bounds.low) ? bounds.low : bounds.high - 10;
    high = Number.isFinite(bounds.high) ? Math.min(bounds.high, low + 10) : low + 10;
  }
  if (integer) {
    low = Math.ceil(low);
    high = Math.floor(high);
  }
  const fraction = (hashAt(place, 'number') % 10_000) / 10_000;
  const multipleOf = schema.multipleOf;
  if (multipleOf !== undefined && multipleOf > 0) {
    const first = Math.ceil(low / multipleOf);
    const last = Math.max(first, Math.floor(high / multipleOf));
    const k = first + Math.floor(fraction * (last - first + 1));
    const places = (String(multipleOf).split('.')[1] ?? '').length;
    return roundTo(k * multipleOf, places);
  }
  if (integer) return low + Math.floor(fraction * (high - low + 1));
  return Math.min(high, Math.max(low, roundTo(low + fraction * (high - low), decimals)));
}
