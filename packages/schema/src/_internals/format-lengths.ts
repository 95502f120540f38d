/**
 * The lengths a string of each checked string format can have, as
 * ajv-formats (full mode) checks it, and which of them `minLength` /
 * `maxLength` leave.
 */

import type { stringFormats } from './formats.ts';

/** A closed range of lengths, in code points; `Infinity` for no end. */
export type LengthRange = readonly [low: number, high: number];

/** The string formats the validators check and the arbitraries draw. */
export type StringFormat = keyof typeof stringFormats;

/**
 * Every length a valid string of each format can have, as ascending ranges.
 *
 * - `uuid`: 8-4-4-4-12 hex digits (36), or the same after `urn:uuid:` (45).
 * - `date`: `YYYY-MM-DD` (10).
 * - `date-time`: `YYYY-MM-DDThh:mm:ss` (19) and a time zone of 1 (`Z`), 3
 *   (`+hh`), 5 (`+hhmm`) or 6 (`+hh:mm`) characters, after an optional
 *   fraction of 2 or more (`.d…`): 20, then every length from 22; never 21.
 * - `uri`: a scheme, `:` and at least one more character (`a:b`), then any length.
 * - `email`: `a@b.c`, then any length.
 */
export const formatLengths: Record<StringFormat, readonly LengthRange[]> = {
  uuid: [
    [36, 36],
    [45, 45],
  ],
  date: [[10, 10]],
  'date-time': [
    [20, 20],
    [22, Infinity],
  ],
  uri: [[3, Infinity]],
  email: [[5, Infinity]],
};

/** True when `format` is one of {@link formatLengths}' formats. */
export function isStringFormat(format: string | undefined): format is StringFormat {
  return format !== undefined && Object.hasOwn(formatLengths, format);
}

/** The ranges of `format`'s lengths within `[minLength, maxLength]`; empty when none is. */
export function lengthsWithin(
  format: StringFormat,
  minLength: number = 0,
  maxLength: number = Infinity,
): LengthRange[] {
  return formatLengths[format]
    .map(([low, high]): LengthRange => [Math.max(low, minLength), Math.min(high, maxLength)])
    .filter(([low, high]) => low <= high);
}

/** `format`'s lengths in words: `36 or 45`, `20 or at least 22`, `at least 3`. */
export function describeLengths(format: StringFormat): string {
  return formatLengths[format]
    .map(([low, high]) => (high === Infinity ? `at least ${low}` : low === high ? `${low}` : `${low} to ${high}`))
    .join(' or ');
}
