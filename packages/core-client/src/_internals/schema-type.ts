import { admitsNoValue } from '../admits-no-value.ts';
import type { ParameterType } from '../operation-spec.ts';
import type { SchemaLike } from '../to-operation-spec.ts';

const TYPES: ReadonlySet<string> = new Set(['string', 'integer', 'number', 'boolean', 'array', 'object']);

/**
 * A keyword of a schema, else of its first `allOf` branch that has it
 * (depth first): what a `$ref` with siblings, which `loadSpec` writes as
 * `allOf: [target]` beside them, still declares.
 */
export function declared<K extends keyof SchemaLike>(
  schema: SchemaLike | undefined,
  key: K,
): SchemaLike[K] | undefined {
  if (schema === undefined || schema[key] !== undefined) return schema?.[key];
  for (const branch of schema.allOf ?? []) {
    const value = declared(branch, key);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * The JSON type all the non-null values of an `enum` share, for an enum
 * without `type` (as `loadSpec` writes a 3.1 `const`): `integer` for whole
 * numbers only; `undefined` when they are of several types, or objects.
 */
function enumType(values: readonly unknown[] | undefined): ParameterType | undefined {
  const kinds = new Set(
    (values ?? [])
      .filter((value) => value !== null)
      .map((value) => (Number.isInteger(value) ? 'integer' : typeof value === 'number' ? 'number' : typeof value)),
  );
  if (kinds.size === 2 && kinds.has('integer') && kinds.has('number')) return 'number';
  const [only] = kinds;
  return kinds.size === 1 && only !== undefined && TYPES.has(only) && only !== 'object'
    ? (only as ParameterType)
    : undefined;
}

/** True for a schema that allows `null` only (3.1's `{ type: "null" }` is `{ nullable: true, enum: [null] }`). */
const onlyNull = (schema: SchemaLike): boolean => schema.enum?.every((value) => value === null) === true;

/**
 * The one type a value valid for any of `schemas` has (`number` for
 * integers and numbers; schemas that allow only `null` add none); `any`
 * when they allow several, or one of them says nothing.
 */
function sharedType(schemas: readonly SchemaLike[]): ParameterType {
  const types = new Set(schemas.filter((schema) => !onlyNull(schema)).map(typeOf));
  if (types.size === 2 && types.has('integer') && types.has('number')) return 'number';
  const [only] = types;
  return types.size === 1 && only !== undefined ? only : 'any';
}

/**
 * The type a parameter schema declares: its `type`; else the one type its
 * `anyOf`/`oneOf` branches allow (`any` when several: 3.1's
 * `type: [integer, string]` is an `anyOf` with a branch per type) or the
 * first type an `allOf` branch declares; else the type its `enum` values
 * share; `any` when it says none.
 *
 * @example
 * typeOf({ anyOf: [{ type: 'integer' }, { type: 'string' }] }); // 'any'
 * typeOf({ enum: [3] }); // 'integer'
 */
export function typeOf(schema: SchemaLike | undefined): ParameterType {
  if (schema?.type !== undefined && TYPES.has(schema.type)) return schema.type as ParameterType;
  const union = schema?.anyOf ?? schema?.oneOf;
  if (union !== undefined) return sharedType(union);
  const fromAllOf = schema?.allOf?.map(typeOf).find((type) => type !== 'any');
  return fromAllOf ?? enumType(schema?.enum) ?? 'any';
}

/**
 * The type of an array schema's items: that of `items`, or with 2020-12's
 * `prefixItems`, the one type the prefix and `items` share (`items: { not: {} }`,
 * no more items, and an absent `items` add none); `any` when they differ.
 *
 * @example
 * itemTypeOf({ type: 'array', prefixItems: [{ type: 'integer' }, { type: 'integer' }], items: { not: {} } }); // 'integer'
 */
export function itemTypeOf(schema: SchemaLike): ParameterType {
  const prefix = declared(schema, 'prefixItems');
  const items = declared(schema, 'items');
  if (prefix === undefined) return typeOf(items);
  return sharedType(items === undefined || admitsNoValue(items) ? prefix : [...prefix, items]);
}
