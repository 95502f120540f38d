/**
 * The shape every valid value of a schema has, as one plain schema: `allOf`
 * merged, and `oneOf`/`anyOf` reduced to what all their branches agree on,
 * so that rules derived from it hold for a value of any branch.
 */
import { admitsNoValue } from '@circleci-kit/core-client';
import type { SchemaObject } from '@circleci-kit/spec-loader';

const UNIONS = ['oneOf', 'anyOf'] as const;

/** Merges `allOf` branches into one schema: properties and `required` joined, other keywords taken from the first that has them. */
export function flattenAllOf(schema: SchemaObject): SchemaObject {
  if (schema.allOf === undefined) return schema;
  const merged: SchemaObject = {
    ...schema,
    properties: { ...schema.properties },
    required: [...(schema.required ?? [])],
  };
  delete merged.allOf;
  for (const branch of schema.allOf.map(resolveSchema)) {
    Object.assign(merged.properties!, branch.properties);
    merged.required!.push(...(branch.required ?? []));
    if (branch.nullable === true) merged.nullable = true;
    // A value meets every branch, so any branch's keyword may speak for it (type, items, enum, format…).
    for (const [key, value] of Object.entries(branch))
      if (!(key in merged) && key !== 'nullable') (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

/** The kind of value a (resolved) schema stands for, or `undefined` when it says nothing. */
function kindOf(schema: SchemaObject): string | undefined {
  if (schema.type !== undefined) return schema.type;
  if (schema.properties !== undefined) return 'object';
  if (schema.items !== undefined || schema.prefixItems !== undefined) return 'array';
  const kinds = new Set((schema.enum ?? []).map((v) => (v === null ? 'null' : typeof v)));
  return kinds.size === 1 && !kinds.has('null') ? [...kinds][0] : undefined;
}

const same = (schemas: readonly SchemaObject[]): boolean =>
  schemas.every((s) => JSON.stringify(s) === JSON.stringify(schemas[0]));

/** One schema for values that may be valid for any of `schemas`: the shared one, or their union. */
const either = (schemas: readonly SchemaObject[]): SchemaObject =>
  same(schemas) ? schemas[0]! : { anyOf: [...schemas] };

/**
 * A schema every item of an array fits: its `items`, or for a `prefixItems`
 * tuple the union of its members and `items` (left out when it is
 * `{ not: {} }`, no more items; `{}` when absent, any more items).
 */
function anyItemOf(schema: SchemaObject): SchemaObject {
  if (schema.prefixItems === undefined) return schema.items ?? {};
  const rest = schema.items === undefined ? [{}] : admitsNoValue(schema.items) ? [] : [schema.items];
  return either([...schema.prefixItems, ...rest]);
}

/** A keyword kept only when every branch has it and all agree. */
function agreed(branches: readonly SchemaObject[], key: 'format' | 'pattern'): SchemaObject {
  const values = new Set(branches.map((b) => b[key]));
  const [only] = values;
  return values.size === 1 && only !== undefined ? { [key]: only } : {};
}

/**
 * What every branch of a union agrees on. Objects keep the properties every
 * branch requires (their schemas joined into a union when branches differ,
 * resolved one level further down); arrays keep the union of their items and
 * the lowest `minItems` (a tuple branch counts as a list of any of its
 * members); scalars keep a type all branches share (`integer`
 * and `number` meet at `number`), the union of their enums when all have one,
 * and a format or pattern only when all agree. Branches of different kinds
 * share nothing: the result accepts anything. Nullable when any branch is.
 */
function commonOf(branches: readonly SchemaObject[]): SchemaObject {
  const resolved = branches.map(resolveSchema);
  const kinds = new Set(resolved.map(kindOf));
  const nullable = resolved.some((b) => b.nullable === true) ? { nullable: true } : {};
  if (resolved.length === 0 || kinds.has(undefined)) return {};
  const numeric = [...kinds].every((k) => k === 'integer' || k === 'number');
  if (kinds.size > 1 && !numeric) return {};
  const kind = numeric ? (kinds.has('number') ? 'number' : 'integer') : [...kinds][0]!;
  if (kind === 'object') {
    const keys = (resolved[0]!.required ?? []).filter((key) =>
      resolved.every((b) => b.required?.includes(key) === true && b.properties?.[key] !== undefined),
    );
    const properties = Object.fromEntries(keys.map((key) => [key, either(resolved.map((b) => b.properties![key]!))]));
    return { type: 'object', properties, required: keys, ...nullable };
  }
  if (kind === 'array') {
    const items = either(resolved.map(anyItemOf));
    return { type: 'array', items, minItems: Math.min(...resolved.map((b) => b.minItems ?? 0)), ...nullable };
  }
  const enums = resolved.every((b) => b.enum !== undefined)
    ? { enum: [...new Set(resolved.flatMap((b) => b.enum!))] }
    : {};
  return {
    type: kind as NonNullable<SchemaObject['type']>,
    ...enums,
    ...agreed(resolved, 'format'),
    ...agreed(resolved, 'pattern'),
    ...nullable,
  };
}

/**
 * The schema to derive matching rules from: `allOf` merged, each
 * `oneOf`/`anyOf` replaced by what all its branches agree on (still held
 * together with the schema's own keywords), and `required` grown by the
 * `dependentRequired` of required properties. A value valid for the given
 * schema is valid for the result, so rules sound for the result are sound
 * for the schema.
 *
 * @example
 * resolveSchema({ anyOf: [
 *   { type: 'object', required: ['a', 'b'], properties: { a: { type: 'integer' }, b: { type: 'string' } } },
 *   { type: 'object', required: ['a'], properties: { a: { type: 'number' } } },
 * ] });
 * // { type: 'object', required: ['a'], properties: { a: { anyOf: [{ type: 'integer' }, { type: 'number' }] } } }
 */
export function resolveSchema(schema: SchemaObject): SchemaObject {
  return withDependents(resolveUnions(schema));
}

/**
 * `required` with the properties `dependentRequired` makes required by
 * them, and theirs in turn: all a valid value is sure to have.
 */
function withDependents(schema: SchemaObject): SchemaObject {
  const dependents = schema.dependentRequired;
  if (dependents === undefined || schema.required === undefined) return schema;
  const required = new Set(schema.required);
  for (const key of required) for (const dependent of dependents[key] ?? []) required.add(dependent);
  return required.size === schema.required.length ? schema : { ...schema, required: [...required] };
}

function resolveUnions(schema: SchemaObject): SchemaObject {
  const unions = UNIONS.flatMap((key) => (schema[key] === undefined ? [] : [commonOf(schema[key])]));
  if (unions.length === 0) return flattenAllOf(schema);
  const own: SchemaObject = { ...schema };
  for (const key of UNIONS) delete own[key];
  // A keyword-less common part (branches of different kinds) adds nothing to the schema's own keywords.
  const parts = unions.filter((u) => Object.keys(u).length > 0);
  const allOf = [...(own.allOf ?? []), ...parts];
  const resolved = allOf.length === 0 ? own : flattenAllOf({ ...own, allOf });
  return unions.some((u) => u.nullable === true) ? { ...resolved, nullable: true } : resolved;
}
