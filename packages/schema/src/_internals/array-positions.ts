/**
 * Arrays built position by position: `prefixItems` give the first items,
 * `items` the rest (JSON Schema 2020-12). Shared by the valid mode (whole
 * arrays) and the invalid mode (one item broken, the others valid).
 */
import fc from 'fast-check';
import { SchemaError } from '../schema-error.ts';
import { boundedFilter, MAX_TRIES } from './bounded-filter.ts';
import { canonicalJson } from './canonical-json.ts';

/** Valid items by position; `undefined` where no value is valid. */
export interface ArrayPositions {
  /** One per `prefixItems` entry. */
  prefix: ReadonlyArray<fc.Arbitrary<unknown> | undefined>;
  /** The items after the prefix. */
  rest: fc.Arbitrary<unknown> | undefined;
}

/** The valid items at `index`. */
function at(positions: ArrayPositions, index: number): fc.Arbitrary<unknown> | undefined {
  return index < positions.prefix.length ? positions.prefix[index] : positions.rest;
}

/** The first position after `after` (−1: from the start) where no item is valid; `Infinity` when there is none. */
export function firstGap(positions: ArrayPositions, after = -1): number {
  for (let index = after + 1; index < positions.prefix.length; index++) {
    if (positions.prefix[index] === undefined) return index;
  }
  return positions.rest === undefined ? Math.max(positions.prefix.length, after + 1) : Infinity;
}

const isUnique = (list: unknown[]): boolean => new Set(list.map(canonicalJson)).size === list.length;

/** Keeps the lists whose items are all different, giving up as `code` says after too many misses. */
function uniqueOnly<T>(lists: fc.Arbitrary<T>, items: (value: T) => unknown[], code: SchemaError['code']) {
  return boundedFilter(
    lists,
    (value) => isUnique(items(value)),
    () => new SchemaError(code, `no array of different items turned up in ${MAX_TRIES} tries`),
  );
}

/**
 * Arrays of valid items, of a length in `[minLength, maxLength]` (the caller
 * keeps `maxLength` within {@link firstGap}), all different when `unique`.
 * Without `prefixItems`, `fc.array` (or `fc.uniqueArray`), which shrinks best.
 */
export function validArray(
  positions: ArrayPositions,
  minLength: number,
  maxLength: number,
  unique: boolean,
): fc.Arbitrary<unknown[]> {
  if (maxLength === 0) return fc.constant([]);
  const { prefix, rest } = positions;
  if (prefix.length === 0 && rest !== undefined) {
    return unique
      ? fc.uniqueArray(rest, { minLength, maxLength, selector: canonicalJson })
      : fc.array(rest, { minLength, maxLength });
  }
  const lists = fc
    .integer({ min: minLength, max: maxLength })
    .chain((length) => fc.tuple(...Array.from({ length }, (_, index) => at(positions, index)!)));
  return unique ? uniqueOnly(lists, (list) => list, 'UNSATISFIABLE_SCHEMA') : lists;
}

/**
 * Arrays with one item from `item` at `index` (a prefix position) or, for
 * `'rest'`, at any position after the prefix, and valid items elsewhere;
 * of a length in `[minLength, maxLength]` (within what the valid items
 * allow). `undefined` when no length fits.
 */
export function arrayWithItem<T>(
  positions: ArrayPositions,
  index: number | 'rest',
  item: fc.Arbitrary<T>,
  place: (sample: T) => unknown,
  bounds: { minLength: number; maxLength: number; unique: boolean },
): fc.Arbitrary<{ list: unknown[]; index: number; sample: T }> | undefined {
  const first = index === 'rest' ? positions.prefix.length : index;
  if (firstGap(positions) < first) return undefined;
  const low = Math.max(bounds.minLength, first + 1);
  const high = Math.min(bounds.maxLength, firstGap(positions, first));
  if (low > high) return undefined;
  const arrays = fc
    .tuple(fc.integer({ min: low, max: high }), fc.nat())
    .chain(([length, pick]) => {
      const chosen = index === 'rest' ? first + (pick % (length - first)) : first;
      const others = Array.from({ length }, (_, i) => (i === chosen ? fc.constant(undefined) : at(positions, i)!));
      return fc.tuple(fc.tuple(...others), item, fc.constant(chosen));
    })
    .map(([list, sample, chosen]) => ({
      list: list.map((value, i) => (i === chosen ? place(sample) : value)),
      index: chosen,
      sample,
    }));
  return bounds.unique ? uniqueOnly(arrays, (value) => value.list, 'NO_INVALID_VALUE') : arrays;
}
