import type { SchemaObject } from '@circleci-kit/spec-loader';
import { componentName } from './component-names.ts';
import { effectiveSchema } from './effective-schema.ts';
import { isNullOnly } from './null-only.ts';
import { sameJson } from './same-json.ts';
import { valueText } from './value-text.ts';

/** The keywords whose branches a value must match one (`oneOf`) or at least one (`anyOf`) of. */
export type UnionKeyword = 'oneOf' | 'anyOf';

/** A schema's `oneOf` or `anyOf`, when it has one. */
export interface Union {
  keyword: UnionKeyword;
  branches: SchemaObject[];
}

/** How the branches (or `allOf` parts) of two versions were paired, by index. */
export interface BranchMatch {
  pairs: Array<[number, number]>;
  /** Old branches with no new twin. */
  removed: number[];
  /** New branches with no old twin. */
  added: number[];
}

/** The schema's union, `oneOf` before `anyOf`. */
export function unionOf(schema: SchemaObject): Union | undefined {
  if (schema.oneOf) return { keyword: 'oneOf', branches: schema.oneOf };
  if (schema.anyOf) return { keyword: 'anyOf', branches: schema.anyOf };
  return undefined;
}

/** Keywords that fix the type or shape of a value: beside a union they make it one more constraint, not the schema itself. */
const SHAPE_KEYWORDS = ['type', 'properties', 'items', 'enum', 'required', 'additionalProperties'] as const;

/**
 * Whether the schema is a union that alone decides the type and shape of
 * its values (beside it at most annotations, `nullable`, a discriminator, or
 * bounds that apply to some branches), so that a plain schema in the other
 * version can be compared with it as a union of one branch.
 */
export function isPureUnion(schema: SchemaObject): boolean {
  return unionOf(schema) !== undefined && SHAPE_KEYWORDS.every((key) => schema[key] === undefined);
}

const lifts = { oneOf: new WeakMap<SchemaObject, SchemaObject>(), anyOf: new WeakMap<SchemaObject, SchemaObject>() };
const lifted = new WeakSet<SchemaObject>();

/**
 * A plain schema as a union of one branch (itself), so that `string` →
 * `oneOf: [string, integer]` is judged branch by branch. Its description
 * stays beside the union, and so does its `nullable`: whether the whole
 * takes `null` is judged on the union (see `nullView`). One object per
 * schema and keyword.
 */
export function liftToUnion(schema: SchemaObject, keyword: UnionKeyword): SchemaObject {
  let wrapper = lifts[keyword].get(schema);
  if (!wrapper) {
    wrapper = { [keyword]: [schema] };
    if (schema.description !== undefined) wrapper.description = schema.description;
    if (effectiveSchema(schema).nullable === true) wrapper.nullable = true;
    lifts[keyword].set(schema, wrapper);
    lifted.add(wrapper);
  }
  return wrapper;
}

/** Whether the union was made by `liftToUnion` (the version was a plain schema). */
export function isLifted(schema: SchemaObject): boolean {
  return lifted.has(schema);
}

/** Marks a copy of a lifted union (a view of it) as lifted too. */
export function markLifted(schema: SchemaObject): void {
  lifted.add(schema);
}

/** The discriminator value that selects a branch: its mapping key, its component name, or its property's one enum value. */
export function discriminatorValue(
  branch: SchemaObject,
  discriminator: SchemaObject['discriminator'],
): string | undefined {
  if (!discriminator) return undefined;
  const name = componentName(branch);
  if (name !== undefined) {
    for (const [value, target] of Object.entries(discriminator.mapping ?? {})) {
      if (target === name || target.endsWith(`/${name}`)) return value;
    }
    return name;
  }
  const values = effectiveSchema(branch).properties?.[discriminator.propertyName]?.enum;
  return values?.length === 1 ? valueText(values[0]) : undefined;
}

/** The kind of value a schema holds: its type, or what its keywords imply. */
function kindOf(schema: SchemaObject): string | undefined {
  return schema.type ?? (schema.properties ? 'object' : schema.items ? 'array' : undefined);
}

/**
 * How alike two branches are, from 0 (unrelated) to 1: same kind of value
 * first, then shared property names (objects), item likeness (arrays), or
 * format and enum (scalars). Integer and number count as related.
 */
export function likeness(a: SchemaObject, b: SchemaObject): number {
  const x = effectiveSchema(a);
  const y = effectiveSchema(b);
  const [kx, ky] = [kindOf(x), kindOf(y)];
  if (kx !== ky) return (kx === 'integer' && ky === 'number') || (kx === 'number' && ky === 'integer') ? 0.6 : 0;
  if (kx === 'object' || kx === undefined) {
    const names = Object.keys(x.properties ?? {});
    const others = new Set(Object.keys(y.properties ?? {}));
    if (names.length === 0 && others.size === 0) return 0.7;
    const shared = names.filter((name) => others.has(name)).length;
    return shared === 0 ? 0 : 0.5 + (0.5 * shared) / (names.length + others.size - shared);
  }
  if (kx === 'array') return x.items && y.items ? 0.5 + 0.5 * likeness(x.items, y.items) : 0.75;
  return 0.8 + (x.format === y.format ? 0.1 : 0) + (sameJson(x.enum, y.enum) ? 0.1 : 0);
}

/** The least likeness at which two branches are taken for one changed branch rather than one removed and one added. */
const LIKE_ENOUGH = 0.5;

/**
 * Pairs the branches of two versions of a union (or the parts of an
 * `allOf`): first those written alike, then by component (`$ref`) name,
 * `title`, discriminator value, and last by structural likeness, most
 * alike first. Each branch pairs with at most one. A branch that matches
 * only `null` (3.1's `{ type: 'null' }`) is neither paired, removed nor
 * added: it says that the union takes `null`, which is judged on the union
 * (see `nullView`).
 *
 * @example
 * matchBranches([{ type: 'string' }, { type: 'integer' }], [{ type: 'integer', minimum: 0 }]);
 * // { pairs: [[1, 0]], removed: [0], added: [] }
 */
export function matchBranches(
  olds: readonly SchemaObject[],
  news: readonly SchemaObject[],
  discriminators: { old?: SchemaObject['discriminator']; new?: SchemaObject['discriminator'] } = {},
): BranchMatch {
  const notNull = (branches: readonly SchemaObject[]) => [...branches.keys()].filter((i) => !isNullOnly(branches[i]!));
  const oldFree = new Set(notNull(olds));
  const newFree = new Set(notNull(news));
  const pairs: Array<[number, number]> = [];
  const take = (i: number, j: number) => {
    pairs.push([i, j]);
    oldFree.delete(i);
    newFree.delete(j);
  };
  const byKey = (key: (branch: SchemaObject, side: 'old' | 'new') => string | undefined) => {
    const waiting = new Map<string, number[]>();
    for (const j of newFree) {
      const k = key(news[j]!, 'new');
      if (k !== undefined) waiting.set(k, [...(waiting.get(k) ?? []), j]);
    }
    for (const i of [...oldFree]) {
      const k = key(olds[i]!, 'old');
      const j = k === undefined ? undefined : waiting.get(k)?.shift();
      if (j !== undefined) take(i, j);
    }
  };
  for (const i of [...oldFree]) {
    const j = [...newFree].find((n) => news[n] === olds[i] || sameJson(news[n], olds[i]));
    if (j !== undefined) take(i, j);
  }
  byKey((branch) => componentName(branch));
  byKey((branch) => branch.title);
  byKey((branch, side) => discriminatorValue(branch, discriminators[side]));
  const scored: Array<[number, number, number]> = [];
  for (const i of oldFree) for (const j of newFree) scored.push([likeness(olds[i]!, news[j]!), i, j]);
  scored.sort((a, b) => b[0] - a[0] || Math.abs(a[1] - a[2]) - Math.abs(b[1] - b[2]));
  for (const [score, i, j] of scored) {
    if (score >= LIKE_ENOUGH && oldFree.has(i) && newFree.has(j)) take(i, j);
  }
  pairs.sort((a, b) => a[1] - b[1]);
  return { pairs, removed: [...oldFree], added: [...newFree] };
}

const matches = new WeakMap<SchemaObject, WeakMap<SchemaObject, BranchMatch>>();

/** `matchBranches` of the unions of two versions of a node (both must be unions), cached per pair. */
export function matchUnions(old: SchemaObject, next: SchemaObject): BranchMatch {
  let byNew = matches.get(old);
  if (!byNew) matches.set(old, (byNew = new WeakMap()));
  let match = byNew.get(next);
  if (!match) {
    match = matchBranches(unionOf(old)?.branches ?? [], unionOf(next)?.branches ?? [], {
      old: old.discriminator,
      new: next.discriminator,
    });
    byNew.set(next, match);
  }
  return match;
}
