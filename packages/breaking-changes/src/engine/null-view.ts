import type { SchemaObject } from '@circleci-kit/spec-loader';
import { isLifted, markLifted } from './branches.ts';
import { effectiveSchema } from './effective-schema.ts';
import { isNullOnly } from './null-only.ts';

/** How deep nested unions are searched for a branch that takes `null` (a recursive schema ends there). */
const MAX_DEPTH = 8;

/** Whether `null` is a value of the schema through its own `nullable` or a `oneOf`/`anyOf` branch that takes it. */
function takesNull(schema: SchemaObject, depth: number): boolean {
  const view = effectiveSchema(schema);
  if (view.nullable === true || isNullOnly(view)) return true;
  if (depth >= MAX_DEPTH) return false;
  const branches = view.oneOf ?? view.anyOf;
  return branches?.some((branch) => takesNull(branch, depth + 1)) ?? false;
}

const withNull = new WeakMap<SchemaObject, SchemaObject>();
const withoutNull = new WeakMap<SchemaObject, SchemaObject>();

function copy(cache: WeakMap<SchemaObject, SchemaObject>, schema: SchemaObject, nullable: boolean): SchemaObject {
  let view = cache.get(schema);
  if (!view) {
    view = { ...schema };
    if (nullable) view.nullable = true;
    else delete view.nullable;
    // A plain schema lifted to a union stays one: its branch adds no step to the pointer.
    if (isLifted(schema)) markLifted(view);
    cache.set(schema, view);
  }
  return view;
}

/** The keywords that limit the type or shape of a value: a schema with none of them takes every value, `null` too. */
const SHAPING = [
  'type',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'prefixItems',
  'oneOf',
  'anyOf',
  'not',
] as const;

/**
 * A schema's `nullable` as the rules should compare it.
 *
 * - A schema that limits no type (`{}`, a description) takes `null`
 *   already: its `nullable` says nothing and is left out (3.0's
 *   `x-nullable: true` on such a schema, which a 3.1 version drops, is no
 *   change).
 * - For a union, whether `null` is accepted is a fact of the whole, however
 *   it is written: `nullable: true` beside the union (3.0, and 3.1's type
 *   list with `"null"` in the internal form), a nullable branch, or a
 *   `{ type: 'null' }` branch (3.1). So a union node is `nullable` when any
 *   of these holds, and a branch (`branch: true`) is compared without its
 *   own `nullable`: a change of nullability is reported once, on the union.
 *
 * Other schemas are returned as they are; copies are cached per schema.
 *
 * @example
 * nullView({ anyOf: [{ type: 'string' }, { enum: [null], nullable: true }] }, false).nullable; // true
 */
export function nullView(schema: SchemaObject, branch: boolean): SchemaObject {
  const typeless = SHAPING.every((key) => schema[key] === undefined);
  if (branch || typeless) return schema.nullable === undefined ? schema : copy(withoutNull, schema, false);
  if (schema.nullable === true || (schema.oneOf === undefined && schema.anyOf === undefined)) return schema;
  return takesNull(schema, 0) ? copy(withNull, schema, true) : schema;
}
