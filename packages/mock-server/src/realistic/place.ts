/**
 * Where a value is generated: its path, the property name it sits under,
 * the object around it, and the deterministic picks made from them.
 */
import type { SchemaObject } from '@circleci-kit/spec-loader';
import { hash32 } from '../_internals/hash.ts';
import type { ObjectKind } from './object-kind.ts';

/** The object a value is a property of. */
export interface Owner {
  /** JSON pointer of the object. */
  readonly path: string;
  /** The normalized name the object sits under (`''` at the root). */
  readonly name: string;
  /** What the object describes, guessed from its title, name and keys. */
  readonly kind: ObjectKind;
  /** Its declared property names, normalized. */
  readonly keys: ReadonlySet<string>;
  /** The index of the innermost array item the object is in (0 when none). */
  readonly item: number;
}

/** The schemas being generated around a value, innermost first (to stop at cycles). */
export interface SchemaStack {
  readonly schema: SchemaObject;
  readonly outer: SchemaStack | undefined;
}

/** Where a value is generated. */
export interface Place {
  readonly seed: number;
  /** JSON pointer of the value, e.g. `/items/0/vcs/branch`. */
  readonly path: string;
  /** The normalized property name (see {@link normalizeName}); array items keep their array's name. */
  readonly name: string;
  /** The object the value is a property of, if any. */
  readonly owner: Owner | undefined;
  /** The index of the innermost array item the value is in (0 when none). */
  readonly item: number;
  /** How many objects and arrays enclose the value. */
  readonly depth: number;
  /** The schemas being generated around the value. */
  readonly stack: SchemaStack | undefined;
  /** Whether the schemas' own examples may be used (not in array items after the first, so items differ). */
  readonly useExamples: boolean;
}

/**
 * A property name as the vocabulary looks it up: lower case, `-` written
 * `_`, and only the last part of a dotted name.
 *
 * @example
 * normalizeName('project-slug'); // → 'project_slug'
 * normalizeName('pipeline.git.branch'); // → 'branch'
 */
export function normalizeName(name: string): string {
  const last = name.slice(name.lastIndexOf('.') + 1);
  return last.toLowerCase().replaceAll('-', '_');
}

/** The place of a whole value. */
export function rootPlace(seed: number): Place {
  return { seed, path: '', name: '', owner: undefined, item: 0, depth: 0, stack: undefined, useExamples: true };
}

/** The place of property `key` of the object at `place`, described by `owner`. */
export function propertyPlace(place: Place, key: string, owner: Owner, schema: SchemaObject): Place {
  return {
    ...place,
    path: `${place.path}/${key}`,
    name: normalizeName(key),
    owner,
    depth: place.depth + 1,
    stack: { schema, outer: place.stack },
  };
}

/** The place of the `index`-th item of the array at `place`. */
export function itemPlace(place: Place, index: number, schema: SchemaObject): Place {
  return {
    ...place,
    path: `${place.path}/${index}`,
    item: index,
    depth: place.depth + 1,
    stack: { schema, outer: place.stack },
    useExamples: place.useExamples && index === 0,
  };
}

/**
 * The place of the `index`-th member of the `prefixItems` tuple at `place`:
 * an item, but one with a schema of its own, so it may use that schema's
 * examples as the first item would.
 */
export function memberPlace(place: Place, index: number, schema: SchemaObject): Place {
  return { ...itemPlace(place, index, schema), useExamples: place.useExamples };
}

/** True when `schema` is being generated around this place: going into it again would cycle. */
export function isAround(place: Place, schema: SchemaObject): boolean {
  for (let link = place.stack; link !== undefined; link = link.outer) if (link.schema === schema) return true;
  return false;
}

/** The path with array indices left out: the same for every item of a list. */
function shapeOf(path: string): string {
  return path.replace(/\/\d+(?=\/|$)/g, '/*');
}

/** A 32-bit number that depends on the seed, the place and a salt. */
export function hashAt(place: Place, salt = ''): number {
  return hash32(`${salt}|${place.path}`, place.seed);
}

/**
 * An entry of `list` for this place: drawn by the seed and the place's
 * shape, then moved on by the item index, so consecutive items of a list
 * get different entries.
 */
export function pick<T>(list: readonly T[], place: Place, salt = ''): T {
  const base = hash32(`${salt}|${shapeOf(place.path)}`, place.seed);
  return list[(base + place.item) % list.length]!;
}

/** The entry of `list` at the item index: the first item gets the first entry. */
export function nth<T>(list: readonly T[], place: Place): T {
  return list[place.item % list.length]!;
}

/** A whole number in [low, high] for this place. */
export function between(place: Place, low: number, high: number, salt = ''): number {
  return low + (hashAt(place, salt) % (high - low + 1));
}

/**
 * An entry of `list` for the object this place is a property of: the same
 * for every property of that object (a person's login, name and avatar),
 * and moved on by the object's item index.
 */
export function pickForObject<T>(list: readonly T[], place: Place, salt = ''): T {
  const path = place.owner?.path ?? place.path;
  const base = hash32(`${salt}|${shapeOf(path)}`, place.seed);
  return list[(base + (place.owner?.item ?? place.item)) % list.length]!;
}

/** A whole number in [low, high] for the object this place is a property of: the same for all its properties. */
export function betweenForObject(place: Place, low: number, high: number, salt = ''): number {
  return low + (hash32(`${salt}|${place.owner?.path ?? place.path}`, place.seed) % (high - low + 1));
}
