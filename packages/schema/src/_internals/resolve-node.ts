/**
 * Flattening for the arbitraries: `allOf` merged into one schema, `oneOf` /
 * `anyOf` branches merged with their parent, and a reason when a schema
 * cannot be satisfied.
 */
import type { Direction, JsonValue, SchemaObject } from '../types.ts';
import { contentReason } from './content-strings.ts';
import { dependentRequiredIn, withDependents } from './dependent-required.ts';
import { forbidsAll, isFalseSchema } from './false-schema.ts';
import { numberReason } from './number-range.ts';
import { patternReason } from './pattern-strings.ts';
import { skipsProperty } from './skips-property.ts';
import { stringReason } from './string-constraints.ts';

/** Marks a merged schema that no value can satisfy, with the reason. */
const UNSATISFIABLE = 'x-circleci-kit-unsatisfiable';

type Node = SchemaObject & { [UNSATISFIABLE]?: string };

const canonical = (value: unknown): string => JSON.stringify(value);

/** True when the schema accepts `null` (its own `nullable`, or no `type` at all). */
export function isNullable(schema: SchemaObject): boolean {
  return schema.nullable === true || (schema as Record<string, unknown>)['x-nullable'] === true;
}

function acceptsNull(schema: SchemaObject): boolean {
  return isNullable(schema) || (schema.type === undefined && schema.enum === undefined);
}

/** True when the schema allows no property beyond those it lists (`additionalProperties: false` or `{ not: {} }`). */
export function isClosed(schema: SchemaObject): boolean {
  return schema.additionalProperties === false || isFalseSchema(schema.additionalProperties);
}

/** The schema of an array's item at `index`: its `prefixItems` entry, else `items` (`{}` when absent). */
function itemAt(schema: SchemaObject, index: number): SchemaObject {
  return schema.prefixItems?.[index] ?? schema.items ?? {};
}

/** `prefixItems` and `items` of two array schemas merged position by position (`{}` where one has nothing). */
function mergeItems(a: SchemaObject, b: SchemaObject, depth: number): Pick<SchemaObject, 'prefixItems' | 'items'> {
  const length = Math.max(a.prefixItems?.length ?? 0, b.prefixItems?.length ?? 0);
  const out: Pick<SchemaObject, 'prefixItems' | 'items'> = {};
  if (length > 0) {
    out.prefixItems = Array.from({ length }, (_, i) => mergeSchemas(itemAt(a, i), itemAt(b, i), depth + 1));
  }
  const items =
    a.items !== undefined && b.items !== undefined ? mergeSchemas(a.items, b.items, depth + 1) : (a.items ?? b.items);
  if (items !== undefined) out.items = items;
  return out;
}

function maxOf(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}
function minOf(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}

/** Merges two schemas into one that accepts what both accept (as `allOf: [a, b]` would). */
export function mergeSchemas(a: SchemaObject, b: SchemaObject, depth = 0): Node {
  const out: Node = { ...a, ...b };
  delete out.allOf;
  const reasons = [(a as Node)[UNSATISFIABLE], (b as Node)[UNSATISFIABLE]].filter((r) => r !== undefined);
  if (a.type !== undefined && b.type !== undefined && a.type !== b.type) {
    const both = new Set([a.type, b.type]);
    if (both.has('integer') && both.has('number')) out.type = 'integer';
    else reasons.push(`allOf asks for both ${a.type} and ${b.type}`);
  }
  out.nullable = acceptsNull(a) && acceptsNull(b) && (isNullable(a) || isNullable(b));
  delete (out as Record<string, unknown>)['x-nullable'];
  if (a.enum !== undefined && b.enum !== undefined) {
    const keep = new Set(b.enum.map(canonical));
    out.enum = a.enum.filter((value) => keep.has(canonical(value)));
  }
  for (const key of ['minimum', 'minLength', 'minItems', 'minProperties'] as const) {
    const value = maxOf(a[key], b[key]);
    if (value !== undefined) out[key] = value;
  }
  for (const key of ['maximum', 'maxLength', 'maxItems', 'maxProperties'] as const) {
    const value = minOf(a[key], b[key]);
    if (value !== undefined) out[key] = value;
  }
  if (a.properties !== undefined || b.properties !== undefined) {
    const properties: Record<string, SchemaObject> = { ...a.properties };
    for (const [name, schema] of Object.entries(b.properties ?? {})) {
      const other = properties[name];
      properties[name] = other === undefined || depth > 20 ? schema : mergeSchemas(other, schema, depth + 1);
    }
    out.properties = properties;
  }
  if (a.required !== undefined || b.required !== undefined) {
    out.required = [...new Set([...(a.required ?? []), ...(b.required ?? [])])];
  }
  if (a.dependentRequired !== undefined || b.dependentRequired !== undefined) {
    const dependentRequired: Record<string, string[]> = { ...a.dependentRequired };
    for (const [key, names] of Object.entries(b.dependentRequired ?? {})) {
      dependentRequired[key] = [...new Set([...(dependentRequired[key] ?? []), ...names])];
    }
    out.dependentRequired = dependentRequired;
  }
  // `additionalProperties: false` on one side forbids the other side's extra properties.
  for (const [closed, other] of [
    [a, b],
    [b, a],
  ] as const) {
    if (!isClosed(closed)) continue;
    const allowed = new Set(Object.keys(closed.properties ?? {}));
    for (const name of Object.keys(other.properties ?? {})) {
      if (allowed.has(name)) continue;
      if (out.required?.includes(name)) {
        reasons.push(`property "${name}" is required but additionalProperties: false next to it forbids it`);
      }
      delete out.properties?.[name];
    }
    for (const name of other.required ?? []) {
      if (!allowed.has(name) && !reasons.some((r) => r.includes(`"${name}"`))) {
        reasons.push(`property "${name}" is required but additionalProperties: false next to it forbids it`);
      }
    }
    out.additionalProperties = false;
  }
  const arrayKeywords = (x: SchemaObject): boolean => x.prefixItems !== undefined || x.items !== undefined;
  if (arrayKeywords(a) && arrayKeywords(b) && depth <= 20) {
    delete out.prefixItems;
    delete out.items;
    Object.assign(out, mergeItems(a, b, depth));
  }
  if (a.oneOf !== undefined && b.oneOf !== undefined) out.oneOf = a.oneOf;
  if (a.anyOf !== undefined && b.anyOf !== undefined) out.anyOf = a.anyOf;
  if (reasons.length > 0) out[UNSATISFIABLE] = reasons.join('; ');
  else delete out[UNSATISFIABLE];
  return out;
}

const resolved = new WeakMap<SchemaObject, Node>();

/** The schema with its `allOf` merged in (memoized by object identity). */
export function resolveNode(schema: SchemaObject): Node {
  let node = resolved.get(schema);
  if (node === undefined) {
    node = schema;
    if (schema.allOf !== undefined) {
      const { allOf, ...rest } = schema;
      node = allOf.reduce<Node>((acc, branch) => mergeSchemas(acc, resolveNode(branch)), rest);
    }
    resolved.set(schema, node);
  }
  return node;
}

const branchCache = new WeakMap<SchemaObject, { kind: 'oneOf' | 'anyOf'; branches: Node[] }>();

/** The `oneOf`/`anyOf` of a resolved node, each branch merged with the rest of the node. */
export function unionOf(node: Node): { kind: 'oneOf' | 'anyOf'; branches: Node[] } | undefined {
  const kind = node.oneOf !== undefined ? 'oneOf' : node.anyOf !== undefined ? 'anyOf' : undefined;
  if (kind === undefined) return undefined;
  let union = branchCache.get(node);
  if (union === undefined) {
    const { oneOf, anyOf, discriminator, ...rest } = node;
    const list = (kind === 'oneOf' ? oneOf : anyOf) ?? [];
    union = { kind, branches: list.map((branch) => mergeSchemas(rest, resolveNode(branch))) };
    branchCache.set(node, union);
  }
  return union;
}

function isEmptyEnum(values: JsonValue[] | undefined): boolean {
  return values?.length === 0;
}

/**
 * Why no object can satisfy the node: a property that must be present
 * (required, or a dependent of one under `dependentRequired`) that nothing
 * satisfies or that the node does not allow.
 */
function objectReason(node: Node, direction: Direction, seen: Set<SchemaObject>): string | undefined {
  const required = (node.required ?? []).filter((name) => {
    const property = node.properties?.[name];
    return property === undefined || !skipsProperty(property, direction);
  });
  const own = new Set(required);
  for (const name of withDependents(required, dependentRequiredIn(node, direction))) {
    const why = own.has(name) ? 'required property' : 'property';
    const because = own.has(name) ? '' : ' (a dependentRequired of a required one)';
    const property = node.properties?.[name];
    if (property === undefined) {
      if (isClosed(node)) return `property "${name}"${because} is required but not allowed`;
      continue;
    }
    const reason = unsatisfiableReason(property, direction, seen);
    if (reason !== undefined) return `${why} "${name}"${because}: ${reason}`;
  }
  return undefined;
}

/** Why no array can satisfy the node: an item within `minItems` (by position) that nothing satisfies. */
function arrayReason(node: Node, direction: Direction, seen: Set<SchemaObject>): string | undefined {
  const minItems = node.minItems ?? 0;
  const prefix = node.prefixItems ?? [];
  for (let index = 0; index < Math.min(minItems, prefix.length); index++) {
    const reason = unsatisfiableReason(prefix[index]!, direction, seen);
    if (reason !== undefined) return `prefixItems/${index} (minItems ${minItems}): ${reason}`;
  }
  if (minItems > prefix.length && node.items !== undefined) {
    const reason = unsatisfiableReason(node.items, direction, seen);
    if (reason !== undefined) return `items (minItems ${minItems}): ${reason}`;
  }
  return undefined;
}

/**
 * Why no value can satisfy this schema in this direction, or `undefined`
 * when some value can. Follows required properties (and their
 * `dependentRequired` dependents), array items within `minItems` (by
 * position, `prefixItems` first), and union branches; stops at cycles. A
 * `not` that allows everything (`not: {}`) allows nothing. A leaf's own
 * keywords are judged together: a format with no length
 * `minLength`/`maxLength` allow, an `enum` none of whose strings meets
 * them, numeric bounds with no (multiple or whole) number between them; a
 * `pattern` or asserted content (with the other string keywords) is judged
 * by drawing, with a bounded number of tries. Keywords the arbitraries only
 * filter by (see `opaque.ts`) are judged when the arbitrary is built.
 */
export function unsatisfiableReason(
  schema: SchemaObject,
  direction: Direction,
  seen: Set<SchemaObject> = new Set(),
): string | undefined {
  if (seen.has(schema)) return undefined;
  seen.add(schema);
  try {
    const node = resolveNode(schema);
    if (node[UNSATISFIABLE] !== undefined) return node[UNSATISFIABLE];
    if (isEmptyEnum(node.enum)) return 'enum lists no value';
    const bounds: Array<[number | undefined, number | undefined, string]> = [
      [node.minLength, node.maxLength, 'minLength > maxLength'],
      [node.minItems, node.maxItems, 'minItems > maxItems'],
      [node.minimum, node.maximum, 'minimum > maximum'],
      [node.minProperties, node.maxProperties, 'minProperties > maxProperties'],
    ];
    for (const [low, high, reason] of bounds) if (low !== undefined && high !== undefined && low > high) return reason;
    if (forbidsAll(node)) return 'not: {} allows no value';
    const union = unionOf(node);
    if (union !== undefined) {
      const reasons = union.branches.map((branch) => unsatisfiableReason(branch, direction, seen));
      if (reasons.every((r) => r !== undefined))
        return `no ${union.kind} branch can be satisfied (${reasons.join(' | ')})`;
      return undefined;
    }
    const leafReason = stringReason(node) ?? numberReason(node) ?? contentReason(node) ?? patternReason(node);
    if (leafReason !== undefined) return leafReason;
    return objectReason(node, direction, seen) ?? arrayReason(node, direction, seen);
  } finally {
    seen.delete(schema);
  }
}
