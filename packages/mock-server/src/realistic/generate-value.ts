/**
 * The walk over a schema that builds a realistic value: examples and
 * defaults first, then enums, unions, objects, arrays and scalars, each
 * drawn from the seed and the value's path.
 */
import { admitsNoValue } from '@circleci-kit/core-client';
import type { JsonValue, SchemaObject } from '@circleci-kit/spec-loader';
import { makeNumbersConsistent } from './consistent-numbers.ts';
import { orderDates } from './dates.ts';
import { fitsSchema, validatorFor } from '../_internals/fits.ts';
import { mapKeys } from './map-keys.ts';
import { numberAt } from './numbers.ts';
import { objectKind } from './object-kind.ts';
import {
  hashAt,
  isAround,
  itemPlace,
  memberPlace,
  normalizeName,
  propertyPlace,
  type Owner,
  type Place,
} from './place.ts';
import { declaredType, isSatisfiable, resolveSchema, unionOf, type Union } from './schema-node.ts';
import { stringAt } from './string-value.ts';
import { typeHint } from './type-hint.ts';

/** Below this JSON nesting depth (each property and array item counts) every declared property is filled in; deeper, only the required ones. */
const FULL_DEPTH = 5;
/** Below this depth nothing more is nested (a required cycle ends here, and the whole value is checked anyway). */
const MAX_DEPTH = 12;

const clone = (value: JsonValue): JsonValue =>
  typeof value === 'object' && value !== null ? (JSON.parse(JSON.stringify(value)) as JsonValue) : value;

/** The smallest value of a type, for the end of a required cycle. */
function minimal(node: SchemaObject): unknown {
  if (node.nullable === true) return null;
  switch (declaredType(node)) {
    case 'object':
      return {};
    case 'array':
      return [];
    case 'integer':
    case 'number':
      return node.minimum ?? 0;
    case 'boolean':
      return false;
    case 'string':
    case undefined:
      return '';
  }
}

/** Branch indices to try: the one whose type the name suggests, then the others from an offset by the seed. */
function branchOrder(union: Union, place: Place): number[] {
  const count = union.branches.length;
  const start = hashAt(place, 'branch') % count;
  const order = Array.from({ length: count }, (_, i) => (start + i) % count);
  const hint = typeHint(place.name);
  const fitsHint = (i: number): boolean => {
    const type = declaredType(union.branches[i]!);
    return type === hint || (hint === 'number' && type === 'integer');
  };
  // Scalars first: a free-form object reads worse than a string.
  const scalar = (i: number): boolean => !['object', 'array'].includes(declaredType(union.branches[i]!) ?? 'string');
  return [
    ...order.filter(fitsHint),
    ...order.filter((i) => !fitsHint(i) && scalar(i)),
    ...order.filter((i) => !fitsHint(i) && !scalar(i)),
  ];
}

function unionValue(node: SchemaObject, union: Union, place: Place): unknown {
  const order = branchOrder(union, place).filter((i) => isSatisfiable(union.branches[i]!));
  for (const i of order) {
    const value = generateValue(union.branches[i]!, place);
    // A value built for one anyOf branch fits the union; a oneOf one must fit no other branch.
    if (union.kind === 'anyOf' || validatorFor(node)(value).valid) return value;
  }
  return generateValue(union.branches[order[0] ?? 0]!, place);
}

/**
 * A `prefixItems` tuple: every member the prefix declares (up to
 * `maxItems`), then items of `items` up to `minItems`, and when `items` is
 * declared (not `{ not: {} }`) one more sometimes, so the tail shows.
 */
function tupleValue(schema: SchemaObject, node: SchemaObject, place: Place, prefix: SchemaObject[]): unknown[] {
  const most = node.maxItems ?? Infinity;
  const out = prefix.slice(0, most).map((member, index) => generateValue(member, memberPlace(place, index, schema)));
  const tail = node.items !== undefined && !admitsNoValue(node.items) ? node.items : undefined;
  let count = Math.max(node.minItems ?? 0, out.length);
  if (tail !== undefined && count < most && place.depth < FULL_DEPTH && !isAround(place, tail)) {
    count += hashAt(place, 'count') % 2;
  }
  for (let index = out.length; index < count; index++) {
    out.push(generateValue(tail ?? {}, itemPlace(place, index, schema)));
  }
  return out;
}

function arrayValue(schema: SchemaObject, node: SchemaObject, place: Place): unknown[] {
  if (node.prefixItems !== undefined) return tupleValue(schema, node, place, node.prefixItems);
  // `items: { not: {} }`: no item is valid, so the array is empty.
  if (admitsNoValue(node.items)) return [];
  const items = node.items ?? {};
  const least = node.minItems ?? 0;
  const most = Math.min(node.maxItems ?? Infinity, least + 2);
  const cyclic = items === schema || isAround(place, items);
  let count = least;
  if (most >= 1 && place.depth < FULL_DEPTH && !cyclic) {
    const from = Math.max(least, 1);
    count = from + (hashAt(place, 'count') % (most - from + 1));
  }
  const out: unknown[] = [];
  const seen = new Set<string>();
  for (let index = 0; out.length < count && index < count * 4; index++) {
    const value = generateValue(items, itemPlace(place, index, schema));
    const key = JSON.stringify(value);
    // Repeated scalars read as a mistake (`["MON", "MON"]`): draw again, unless the minimum needs them.
    if (seen.has(key) && typeof value !== 'object' && index < count * 3) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

/** The schema of the values `additionalProperties` allows, `undefined` when it allows none or says nothing. */
function extraValues(node: SchemaObject): SchemaObject | undefined {
  const extra = node.additionalProperties;
  return typeof extra === 'object' && !admitsNoValue(extra) ? extra : undefined;
}

/** Adds the properties `dependentRequired` asks for beside those `out` has, and theirs in turn. */
function addDependents(node: SchemaObject, out: Record<string, unknown>, generate: (key: string) => void): void {
  const dependents = node.dependentRequired ?? {};
  const pending = Object.keys(out);
  for (let key = pending.shift(); key !== undefined; key = pending.shift()) {
    for (const dependent of dependents[key] ?? []) {
      if (dependent in out) continue;
      generate(dependent);
      // One that can't be written (writeOnly, or { not: {} }) asks for nothing in turn.
      if (dependent in out) pending.push(dependent);
    }
  }
}

function objectValue(schema: SchemaObject, node: SchemaObject, place: Place): Record<string, unknown> {
  // A property with `{ not: {} }` can't be present: it is never generated.
  const declared = Object.entries(node.properties ?? {}).filter(
    ([, property]) => property.writeOnly !== true && !admitsNoValue(property),
  );
  const required = new Set(node.required ?? []);
  const keys = new Set(declared.map(([key]) => normalizeName(key)));
  const owner: Owner = {
    path: place.path,
    name: place.name,
    kind: objectKind(node.title, place.name, keys),
    keys,
    item: place.item,
  };
  const out: Record<string, unknown> = {};
  const full = place.depth < FULL_DEPTH;
  for (const [key, property] of declared) {
    const cyclic = property === schema || isAround(place, property);
    if (!required.has(key) && (!full || cyclic)) continue;
    out[key] = generateValue(property, propertyPlace(place, key, owner, schema));
  }
  const extra = extraValues(node);
  const generate = (key: string): void => {
    const property = node.properties?.[key];
    if (property?.writeOnly === true || admitsNoValue(property)) return;
    out[key] = generateValue(property ?? extra ?? {}, propertyPlace(place, key, owner, schema));
  };
  for (const key of required) if (!(key in out)) generate(key);
  addDependents(node, out, generate);
  if (declared.length === 0 && extra !== undefined && full) {
    const least = node.minProperties ?? 0;
    const most = Math.min(node.maxProperties ?? Infinity, Math.max(least, 2));
    const count = Math.max(least, Math.min(most, 1 + (hashAt(place, 'keys') % 2)));
    for (const key of mapKeys(place, node.title, extra, count)) {
      out[key] = generateValue(extra, propertyPlace(place, key, owner, schema));
    }
  }
  orderDates(out);
  makeNumbersConsistent(out, node.properties ?? {});
  return out;
}

/** A value for an untyped (`{}`) schema: one scalar, of the type the property name suggests. */
function untypedValue(node: SchemaObject, place: Place): unknown {
  const type = typeHint(place.name);
  if (type === 'boolean') return hashAt(place, 'bool') % 2 === 0;
  if (type === 'integer' || type === 'number') return numberAt(node, place, type === 'integer');
  return stringAt({ ...node, type: 'string' }, place);
}

/**
 * A realistic value for `schema` at `place`: the schema's own `example`
 * (or `default`) when it fits, else an enum value, a union branch, or a
 * value built by type. Deterministic for the seed and the place.
 */
export function generateValue(schema: SchemaObject, place: Place): unknown {
  const node = resolveSchema(schema);
  if (place.depth > MAX_DEPTH) return minimal(node);
  // An empty string is a placeholder in the spec, not an example a person would recognise.
  const example = node.example === '' ? undefined : node.example;
  if (place.useExamples && example !== undefined && fitsSchema(example, node, schema)) {
    return clone(example);
  }
  if (node.default !== undefined && node.default !== null && fitsSchema(node.default, node, schema)) {
    return clone(node.default);
  }
  if (node.enum !== undefined && node.enum.length > 0) {
    const values = node.enum.filter((value) => value !== null);
    const choices = values.length > 0 ? values : node.enum;
    return clone(choices[hashAt(place, 'enum') % choices.length]!);
  }
  const union = unionOf(node);
  if (union !== undefined) return unionValue(node, union, place);
  if (node.nullable === true && place.name === 'next_page_token') return null;
  switch (declaredType(node)) {
    case 'object':
      return objectValue(schema, node, place);
    case 'array':
      return arrayValue(schema, node, place);
    case 'string':
      return stringAt(node, place);
    case 'integer':
      return numberAt(node, place, true);
    case 'number':
      return numberAt(node, place, false);
    case 'boolean':
      return hashAt(place, 'bool') % 2 === 0;
    case undefined:
      return untypedValue(node, place);
  }
}
