import { appendPointer, type SchemaObject } from '@circleci-kit/spec-loader';
import type { SchemaNode } from '../rules/rule.ts';
import { isLifted, isPureUnion, liftToUnion, matchUnions, unionOf } from './branches.ts';
import { effectiveSchema } from './effective-schema.ts';
import { nodeView } from './node-view.ts';
import { isNothing } from './nothing-schema.ts';
import { sameJson } from './same-json.ts';

/** The place where a walk starts: a parameter, a body or a header. */
export type SchemaRoot = Omit<SchemaNode, 'old' | 'new' | 'written'>;

/**
 * One pair of nodes of a walk. Its pointers and label are strings that only
 * a finding needs, so they are made when first read: a walk meets thousands
 * of nodes and reports on a few.
 */
class WalkNode implements SchemaNode {
  old: SchemaObject;
  new: SchemaObject;
  written: { old: SchemaObject; new: SchemaObject };
  side: SchemaRoot['side'];
  site: SchemaRoot['site'];
  depth: number;
  path: string;
  required?: { old: boolean; new: boolean };
  readonly #root: SchemaRoot;
  readonly #parent: WalkNode | undefined;
  readonly #segments: { old: readonly string[]; new: readonly string[] };
  #oldPointer: string | undefined;
  #newPointer: string | undefined;
  #label: string | undefined;

  constructor(
    root: SchemaRoot,
    parent: WalkNode | undefined,
    segments: { old: readonly string[]; new: readonly string[] },
    schemas: { old: SchemaObject; new: SchemaObject },
    path: string,
    required: { old: boolean; new: boolean } | undefined,
    branch: boolean,
  ) {
    this.old = nodeView(schemas.old, root.side, branch);
    this.new = nodeView(schemas.new, root.side, branch);
    this.written = schemas;
    this.side = root.side;
    this.site = root.site;
    this.depth = parent === undefined ? root.depth : parent.depth + 1;
    this.path = path;
    if (required !== undefined) this.required = required;
    this.#root = root;
    this.#parent = parent;
    this.#segments = segments;
  }

  get oldPointer(): string {
    return (this.#oldPointer ??=
      this.#parent === undefined
        ? this.#root.oldPointer
        : appendPointer(this.#parent.oldPointer, ...this.#segments.old));
  }

  get newPointer(): string {
    return (this.#newPointer ??=
      this.#parent === undefined
        ? this.#root.newPointer
        : appendPointer(this.#parent.newPointer, ...this.#segments.new));
  }

  get label(): string {
    if (this.#label === undefined) {
      const { label } = this.#root;
      this.#label = this.#parent === undefined || this.path === '' ? label : `${label} property \`${this.path}\``;
    }
    return this.#label;
  }
}

/** The same steps on both sides. */
const both = (...segments: string[]) => ({ old: segments, new: segments });

/**
 * The pair as the walk compares it: when one version is a bare `oneOf` or
 * `anyOf` and the other a plain schema, the plain one becomes a union of
 * one branch, so that `string` → `oneOf: [string, integer]` is judged
 * branch by branch and not as a type that disappeared.
 */
function aligned(old: SchemaObject, next: SchemaObject): { old: SchemaObject; new: SchemaObject } {
  const [o, n] = [effectiveSchema(old), effectiveSchema(next)];
  const [oldUnion, newUnion] = [unionOf(o), unionOf(n)];
  if (newUnion && !oldUnion && isPureUnion(n)) return { old: liftToUnion(old, newUnion.keyword), new: next };
  if (oldUnion && !newUnion && isPureUnion(o)) return { old, new: liftToUnion(next, oldUnion.keyword) };
  return { old, new: next };
}

/** Any value: what an array without `items` holds after its `prefixItems`. */
const ANY: SchemaObject = Object.freeze({});

/** The schema of the array's items after its `prefixItems`, and the steps to it: `items`, else any value. */
function tailOf(array: SchemaObject): { schema: SchemaObject; segments: readonly string[] } {
  return array.items ? { schema: array.items, segments: ['items'] } : { schema: ANY, segments: [] };
}

/** The schema of the array's item at `index`, and the steps to it: its `prefixItems` entry, else the tail's. */
function itemAt(array: SchemaObject, index: number): { schema: SchemaObject; segments: readonly string[] } {
  const prefix = array.prefixItems?.[index];
  return prefix ? { schema: prefix, segments: ['prefixItems', String(index)] } : tailOf(array);
}

/**
 * Which kind of place a pair of nodes is in, as far as rules can tell
 * places apart beyond the two schemas: whether the property is required
 * in each version (or is no property), whether it is a union branch, and
 * whether it is the walk's root (rules on parameters look only there).
 * One of 20, a bit in a number.
 */
function placeIndex(required: { old: boolean; new: boolean } | undefined, branch: boolean, root: boolean): number {
  const requiredness = required === undefined ? 0 : 1 + (required.old ? 1 : 0) + (required.new ? 2 : 0);
  return requiredness * 4 + (branch ? 2 : 0) + (root ? 1 : 0);
}

/**
 * Walks two versions of a schema in step (properties present in both,
 * `items`, each position of `prefixItems`, `additionalProperties`, and the
 * `oneOf`/`anyOf` branches that `matchBranches` pairs) and calls `visit`
 * on every pair of nodes that differ. A position is compared with what
 * each version says of it: its `prefixItems` entry, else `items`, else any
 * value; a position or tail that one version closes (`{ not: {} }`) is
 * left to the `maxItems` it amounts to (see `closedTailView`). Each node
 * is compared as `nodeView` shows it: `allOf` parts merged, each side's
 * own view (the request side skips `readOnly` properties, the response
 * side `writeOnly` ones), and `nullable` judged on a union as a whole, not
 * on its branches. Circular schemas are the same objects seen again: each
 * pair is visited once in each kind of place its rules tell apart (see
 * `placeIndex`), so a shared schema (two properties that `$ref` one
 * component) is judged where it is required as well as where it is not;
 * what lies below it is walked once. A pair written alike in both versions
 * (and required alike) is skipped with all it holds: no rule can find a
 * change there.
 *
 * @example
 * walkSchemas(oldSchema, newSchema, root, (node) => findings.push(...rule.check(node)));
 */
export function walkSchemas(
  oldSchema: SchemaObject,
  newSchema: SchemaObject,
  root: SchemaRoot,
  visit: (node: SchemaNode) => void,
): void {
  // Per pair, the places (see `placeIndex`) it was visited in, as bits.
  const seen = new WeakMap<SchemaObject, WeakMap<SchemaObject, number>>();
  const step = (
    written: SchemaObject,
    nextWritten: SchemaObject,
    parent: WalkNode | undefined,
    segments: { old: readonly string[]; new: readonly string[] },
    path: string,
    required?: { old: boolean; new: boolean },
    branch = false,
  ): void => {
    const { old, new: next } = aligned(written, nextWritten);
    let nexts = seen.get(old);
    if (!nexts) seen.set(old, (nexts = new WeakMap()));
    const places = nexts.get(next);
    const place = 1 << placeIndex(required, branch, parent === undefined);
    if (places !== undefined && (places & place) !== 0) return;
    nexts.set(next, (places ?? 0) | place);
    // Every rule reports a difference: two versions written alike, required alike, have none below them either.
    if ((required === undefined || required.old === required.new) && sameJson(old, next)) return;
    const node = new WalkNode(root, parent, segments, { old, new: next }, path, required, branch);
    visit(node);
    // Met before in another kind of place: what lies below was walked then, and does not depend on the place.
    if (places !== undefined) return;
    const { old: o, new: n } = node;
    if (o.properties && n.properties) {
      for (const name of Object.keys(o.properties)) {
        const twin = n.properties[name];
        if (!twin) continue;
        step(o.properties[name]!, twin, node, both('properties', name), path === '' ? name : `${path}.${name}`, {
          old: o.required?.includes(name) ?? false,
          new: n.required?.includes(name) ?? false,
        });
      }
    }
    const positions = Math.max(o.prefixItems?.length ?? 0, n.prefixItems?.length ?? 0);
    for (let index = 0; index < positions; index++) {
      const [before, after] = [itemAt(o, index), itemAt(n, index)];
      if (isNothing(before.schema) || isNothing(after.schema)) continue;
      step(before.schema, after.schema, node, { old: before.segments, new: after.segments }, `${path}[${index}]`);
    }
    // The tails: `items`, or any value in an array that has none (a 3.1 open tail) against one that has.
    if ((o.items && n.items) || ((o.items || n.items) && o.type === 'array' && n.type === 'array')) {
      const [before, after] = [tailOf(o), tailOf(n)];
      if (!isNothing(before.schema) && !isNothing(after.schema)) {
        step(before.schema, after.schema, node, { old: before.segments, new: after.segments }, `${path}[]`);
      }
    }
    if (typeof o.additionalProperties === 'object' && typeof n.additionalProperties === 'object') {
      step(o.additionalProperties, n.additionalProperties, node, both('additionalProperties'), `${path}{}`);
    }
    const [oldUnion, newUnion] = [unionOf(o), unionOf(n)];
    if (oldUnion && newUnion) {
      // A lifted side is the plain schema itself: its one branch adds no steps to the pointer.
      for (const [i, j] of matchUnions(o, n).pairs) {
        step(
          oldUnion.branches[i]!,
          newUnion.branches[j]!,
          node,
          {
            old: isLifted(o) ? [] : [oldUnion.keyword, String(i)],
            new: isLifted(n) ? [] : [newUnion.keyword, String(j)],
          },
          path,
          undefined,
          true,
        );
      }
    }
  };
  step(oldSchema, newSchema, undefined, both(), root.path, root.required);
}
