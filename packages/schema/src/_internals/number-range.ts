/**
 * The numbers a numeric node allows, as the valid arbitraries draw them, and
 * why there are none: decided from the bounds, so no draw is ever filtered
 * in vain.
 */
import type { SchemaObject } from '../types.ts';
import { FLOAT_MAX } from './formats.ts';

const INT32 = 2 ** 31;
/** Multiples of a `number` node are drawn within ±WINDOW when its range reaches that far. */
const WINDOW = 1e6;

/** The values `k × step` for every whole `k` in `[low, high]`; none when `low > high`. */
export interface Multiples {
  low: number;
  high: number;
  step: number;
}

/** A `number` node's range, clamped to its format (`float`: ±3.4e38), and which ends it excludes. */
export interface NumberBounds {
  min: number;
  max: number;
  minExcluded: boolean;
  maxExcluded: boolean;
}

/**
 * The integers an `integer` node allows within its bounds and the int32 range
 * (`format: int32`) or the safe integers: multiples of its `multipleOf` when
 * that is a whole number, else of 1.
 */
export function integerMultiples(node: SchemaObject): Multiples {
  const wide = node.format === 'int32' ? INT32 : Number.MAX_SAFE_INTEGER;
  let min = node.minimum === undefined ? -wide : Math.ceil(node.minimum);
  let max = node.maximum === undefined ? wide - 1 : Math.floor(node.maximum);
  if (node.exclusiveMinimum === true && min === node.minimum) min += 1;
  if (node.exclusiveMaximum === true && max === node.maximum) max -= 1;
  min = Math.max(min, -wide);
  max = Math.min(max, wide - 1);
  const step = node.multipleOf;
  if (step !== undefined && Number.isInteger(step) && step > 0) {
    return { low: Math.ceil(min / step), high: Math.floor(max / step), step };
  }
  return { low: min, high: max, step: 1 };
}

/** A `number` node's bounds (see {@link NumberBounds}). */
export function numberBounds(node: SchemaObject): NumberBounds {
  const limit = node.format === 'float' ? FLOAT_MAX : Number.MAX_VALUE;
  return {
    min: Math.max(node.minimum ?? -limit, -limit),
    max: Math.min(node.maximum ?? limit, limit),
    minExcluded: node.exclusiveMinimum === true && node.minimum !== undefined,
    maxExcluded: node.exclusiveMaximum === true && node.maximum !== undefined,
  };
}

/** The multiples of `step` (positive) within a `number` node's bounds, excluded ends left out. */
export function numberMultiples(node: SchemaObject, step: number): Multiples {
  const { min, max, minExcluded, maxExcluded } = numberBounds(node);
  let low = Math.ceil(min / step);
  let high = Math.floor(max / step);
  if (minExcluded && low * step <= min) low += 1;
  if (maxExcluded && high * step >= max) high -= 1;
  return { low, high, step };
}

/**
 * The `k` to draw among non-empty multiples: those within ±{@link WINDOW}
 * when the range reaches there, else the end nearest to it.
 */
export function windowOf({ low, high, step }: Multiples): { min: number; max: number } {
  const window = Math.min(Math.floor(WINDOW / step), Number.MAX_SAFE_INTEGER);
  const clamp = (k: number): number => Math.min(Math.max(k, low), high);
  return { min: clamp(-window), max: clamp(window) };
}

/** The node's numeric keywords in words, e.g. `minimum 0, exclusiveMinimum, multipleOf 2`. */
function describeNumberKeywords(node: SchemaObject): string {
  const words: string[] = [];
  if (node.minimum !== undefined) words.push(`minimum ${node.minimum}`);
  if (node.exclusiveMinimum === true) words.push('exclusiveMinimum');
  if (node.maximum !== undefined) words.push(`maximum ${node.maximum}`);
  if (node.exclusiveMaximum === true) words.push('exclusiveMaximum');
  if (node.multipleOf !== undefined) words.push(`multipleOf ${node.multipleOf}`);
  if (node.format === 'int32' || node.format === 'float') words.push(`format ${node.format}`);
  return words.join(', ');
}

/**
 * Why no value of an `integer` or `number` node meets its bounds, exclusive
 * ends, `multipleOf` and format together, or `undefined` when some does
 * (`minimum > maximum` is told elsewhere). Integers are the safe ones, as
 * drawn.
 */
export function numberReason(node: SchemaObject): string | undefined {
  if (node.type === 'integer') {
    const { low, high, step } = integerMultiples(node);
    if (low <= high) return undefined;
    return `no safe integer${step === 1 ? '' : ` multiple of ${step}`} meets ${describeNumberKeywords(node)}`;
  }
  if (node.type !== 'number') return undefined;
  const step = node.multipleOf;
  if (step !== undefined && step > 0) {
    const { low, high } = numberMultiples(node, step);
    return low <= high ? undefined : `no multiple of ${step} meets ${describeNumberKeywords(node)}`;
  }
  const { min, max, minExcluded, maxExcluded } = numberBounds(node);
  if (min < max || (min === max && !minExcluded && !maxExcluded)) return undefined;
  return `no number meets ${describeNumberKeywords(node)}`;
}
