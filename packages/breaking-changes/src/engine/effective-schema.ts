import type { SchemaObject } from '@circleci-kit/spec-loader';

const cache = new WeakMap<SchemaObject, SchemaObject>();

type Bound =
  'minimum' | 'minLength' | 'minItems' | 'minProperties' | 'maximum' | 'maxLength' | 'maxItems' | 'maxProperties';
const LOWER: readonly Bound[] = ['minimum', 'minLength', 'minItems', 'minProperties'];
const UPPER: readonly Bound[] = ['maximum', 'maxLength', 'maxItems', 'maxProperties'];
/** Keywords a part lends the merged schema when the schema has none of its own. */
const FIRST_WINS = ['type', 'items', 'format', 'pattern', 'multipleOf', 'oneOf', 'anyOf', 'discriminator'] as const;

/**
 * The schema with its `allOf` members merged in, so that a schema split
 * into `allOf` parts compares equal to the same schema written in one
 * piece, and a constraint held by any part is seen: properties and
 * `required` are joined, bounds take the tightest value, enums keep the
 * values every part allows, `additionalProperties: false` in any part
 * closes the object, and a part's `format`, `pattern`, `items` or union
 * stands when the schema has none. Property schemas keep their identity
 * (the first writer of a name wins). Cached per schema object.
 *
 * @example
 * effectiveSchema({ allOf: [{ properties: { a: s } }, { required: ['a'] }] }).required; // ['a']
 */
export function effectiveSchema(schema: SchemaObject): SchemaObject {
  if (!schema.allOf) return schema;
  const hit = cache.get(schema);
  if (hit) return hit;
  const merged: SchemaObject = { ...schema };
  delete merged.allOf;
  cache.set(schema, merged);
  for (const part of schema.allOf.map(effectiveSchema)) {
    for (const key of FIRST_WINS)
      if (part[key] !== undefined && merged[key] === undefined) merged[key] = part[key] as never;
    if (part.properties) merged.properties = { ...part.properties, ...merged.properties };
    if (part.required) merged.required = [...new Set([...(merged.required ?? []), ...part.required])];
    if (part.nullable) merged.nullable = true;
    if (part.readOnly) merged.readOnly = true;
    if (part.writeOnly) merged.writeOnly = true;
    if (part.enum) {
      const allowed = merged.enum && new Set(merged.enum.map((value) => JSON.stringify(value)));
      merged.enum = allowed ? part.enum.filter((value) => allowed.has(JSON.stringify(value))) : part.enum;
    }
    for (const key of LOWER) if (part[key] !== undefined) merged[key] = Math.max(part[key], merged[key] ?? -Infinity);
    for (const key of UPPER) if (part[key] !== undefined) merged[key] = Math.min(part[key], merged[key] ?? Infinity);
    if (part.additionalProperties === false) merged.additionalProperties = false;
    else if (typeof part.additionalProperties === 'object' && merged.additionalProperties === undefined) {
      merged.additionalProperties = part.additionalProperties;
    }
  }
  if (merged.properties && !merged.type) merged.type = 'object';
  return merged;
}
