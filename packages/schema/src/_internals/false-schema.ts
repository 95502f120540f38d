/**
 * Schemas that allow no value: `{ not: {} }` (the internal form of `false`)
 * and anything beside a `not` that allows every value. Judged on the JSON
 * Schema the validators compile, so that the arbitraries and the
 * validators agree on what is allowed.
 */
import { isNothingJson, toJsonSchema } from '../to-json-schema.ts';
import type { JsonSchema, SchemaObject } from '../types.ts';
import { isSchemaObject } from './subschemas.ts';

const converted = new WeakMap<SchemaObject, JsonSchema>();

function jsonOf(schema: SchemaObject): JsonSchema {
  let json = converted.get(schema);
  if (json === undefined) {
    json = toJsonSchema(schema);
    converted.set(schema, json);
  }
  return json;
}

/**
 * True when no value passes the schema because of its `not`: the JSON
 * Schema has a `not` that allows everything (`{}`) at its top. A `nullable`
 * schema without a `type` still allows `null` (it becomes an `anyOf` with
 * `null`), and is not one of these.
 */
export function forbidsAll(schema: SchemaObject): boolean {
  if (schema.not === undefined) return false;
  const not = jsonOf(schema).not;
  return isSchemaObject(not) && Object.keys(not).length === 0;
}

/** True when the schema is exactly `{ not: {} }` once converted: the validators write it `false` where that names the keyword. */
export function isFalseSchema(schema: SchemaObject | boolean | undefined): boolean {
  if (schema === undefined) return false;
  if (typeof schema === 'boolean') return !schema;
  return schema.not !== undefined && isNothingJson(jsonOf(schema));
}
