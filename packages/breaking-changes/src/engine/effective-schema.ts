import type { SchemaObject } from '@circleci-kit/spec-loader';

const cache = new WeakMap<SchemaObject, SchemaObject>();

/**
 * The schema with its `allOf` members merged in (properties, required,
 * type, nullable), so that a schema split into `allOf` parts compares equal
 * to the same schema written in one piece. Cached per schema object.
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
    if (part.type && !merged.type) merged.type = part.type;
    if (part.properties) merged.properties = { ...part.properties, ...merged.properties };
    if (part.required) merged.required = [...new Set([...(merged.required ?? []), ...part.required])];
    if (part.nullable) merged.nullable = true;
    if (part.enum && !merged.enum) merged.enum = part.enum;
    if (part.items && !merged.items) merged.items = part.items;
  }
  if (merged.properties && !merged.type) merged.type = 'object';
  return merged;
}
