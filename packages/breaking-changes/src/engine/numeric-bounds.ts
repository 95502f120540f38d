import type { SchemaObject } from '@circleci-kit/spec-loader';

/** A numeric bound: its value, and whether the value itself is left out (`exclusiveMinimum`/`exclusiveMaximum`). */
export interface NumericBound {
  value: number;
  exclusive: boolean;
}

/** The `minimum` (`lower`) or `maximum` (`upper`) of a schema, with its exclusive flag; `undefined` when it has none. */
export function numericBound(schema: SchemaObject, end: 'lower' | 'upper'): NumericBound | undefined {
  const value = end === 'lower' ? schema.minimum : schema.maximum;
  if (value === undefined) return undefined;
  return { value, exclusive: (end === 'lower' ? schema.exclusiveMinimum : schema.exclusiveMaximum) === true };
}

/**
 * The bound of an `integer` schema as the whole number it amounts to,
 * included: `exclusiveMinimum: 0` (3.1) and `minimum: 0, exclusiveMinimum:
 * true` (3.0) are both `minimum: 1`, and `minimum: 0.5` is `1`. Infinite
 * when the schema has no such bound.
 *
 * @example
 * integerBound({ type: 'integer', minimum: 0, exclusiveMinimum: true }, 'lower'); // 1
 */
export function integerBound(schema: SchemaObject, end: 'lower' | 'upper'): number {
  const bound = numericBound(schema, end);
  if (end === 'lower') {
    if (bound === undefined) return -Infinity;
    return bound.exclusive ? Math.floor(bound.value) + 1 : Math.ceil(bound.value);
  }
  if (bound === undefined) return Infinity;
  return bound.exclusive ? Math.ceil(bound.value) - 1 : Math.floor(bound.value);
}

/**
 * How far a bound reaches, as a number that orders bounds by how many
 * values they let through at their end: a bound left out of its range
 * (`exclusive`) sorts just inside it. Lower bounds: the greater, the
 * tighter; upper bounds: the smaller, the tighter.
 */
function reach(bound: NumericBound | undefined, end: 'lower' | 'upper'): [number, number] {
  if (bound === undefined) return [end === 'lower' ? -Infinity : Infinity, 0];
  const inward = end === 'lower' ? 1 : -1;
  return [bound.value, bound.exclusive ? inward : 0];
}

/**
 * How one numeric bound moved between two versions: `tightened` when some
 * value the old bound allowed is refused now, `loosened` the reverse. An
 * excluded bound is tighter than the same bound included; between two
 * `integer` schemas, bounds are compared as the whole numbers they amount
 * to (`exclusiveMinimum: 0` is `minimum: 1`, no change).
 *
 * @example
 * numericBoundChange({ minimum: 0 }, { minimum: 0, exclusiveMinimum: true }, 'lower'); // 'tightened'
 */
export function numericBoundChange(
  old: SchemaObject,
  next: SchemaObject,
  end: 'lower' | 'upper',
): 'tightened' | 'loosened' | 'same' {
  const sign = end === 'lower' ? 1 : -1;
  if (old.type === 'integer' && next.type === 'integer') {
    const [before, after] = [integerBound(old, end), integerBound(next, end)];
    if (before === after) return 'same';
    return Math.sign(after - before) === sign ? 'tightened' : 'loosened';
  }
  const [before, after] = [reach(numericBound(old, end), end), reach(numericBound(next, end), end)];
  const moved = Math.sign(after[0] - before[0]) || Math.sign(after[1] - before[1]);
  if (moved === 0) return 'same';
  return moved === sign ? 'tightened' : 'loosened';
}

/** A bound for messages: `0`, `0 (exclusive)` or `none`. */
export function describeNumericBound(schema: SchemaObject, end: 'lower' | 'upper'): string {
  const bound = numericBound(schema, end);
  if (bound === undefined) return 'none';
  return bound.exclusive ? `${bound.value} (exclusive)` : String(bound.value);
}
