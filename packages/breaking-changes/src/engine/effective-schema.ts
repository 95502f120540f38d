import type { SchemaObject } from '@circleci-kit/spec-loader';
import { isNothing } from './nothing-schema.ts';
import { stepLcm } from './step-arithmetic.ts';

const cache = new WeakMap<SchemaObject, SchemaObject>();

type Bound = 'minLength' | 'minItems' | 'minProperties' | 'maxLength' | 'maxItems' | 'maxProperties';
const LOWER: readonly Bound[] = ['minLength', 'minItems', 'minProperties'];
const UPPER: readonly Bound[] = ['maxLength', 'maxItems', 'maxProperties'];
/** The numeric bounds, each with its flag that excludes the bound itself, and which way is tighter. */
const NUMERIC = [
  { bound: 'minimum', flag: 'exclusiveMinimum', tighter: 1 },
  { bound: 'maximum', flag: 'exclusiveMaximum', tighter: -1 },
] as const;
/** Keywords a part lends the merged schema when the schema has none of its own. */
const FIRST_WINS = [
  'type',
  'items',
  'prefixItems',
  'format',
  'pattern',
  'contentMediaType',
  'contentEncoding',
  'oneOf',
  'anyOf',
  'discriminator',
] as const;

/** Takes the part's numeric bound into the merged schema when it is tighter (an excluded bound is tighter than the same one included). */
function mergeNumericBounds(merged: SchemaObject, part: SchemaObject): void {
  for (const { bound, flag, tighter } of NUMERIC) {
    const value = part[bound];
    if (value === undefined) continue;
    const current = merged[bound];
    const exclusive = part[flag] === true;
    if (current === undefined || Math.sign(value - current) === tighter) {
      merged[bound] = value;
      if (exclusive) merged[flag] = true;
      else delete merged[flag];
    } else if (value === current && exclusive) merged[flag] = true;
  }
}

/** Joins the part's `dependentRequired` into the merged schema's, name by name. */
function mergeDependentRequired(merged: SchemaObject, part: SchemaObject): void {
  if (!part.dependentRequired) return;
  const joined: Record<string, string[]> = { ...merged.dependentRequired };
  for (const [name, needs] of Object.entries(part.dependentRequired)) {
    joined[name] = [...new Set([...(joined[name] ?? []), ...needs])];
  }
  merged.dependentRequired = joined;
}

/**
 * The schema with its `allOf` members merged in, so that a schema split
 * into `allOf` parts compares equal to the same schema written in one
 * piece, and a constraint held by any part is seen: properties and
 * `required` (and `dependentRequired`) are joined, bounds take the
 * tightest value (an excluded `minimum`/`maximum` beats the same one
 * included), enums keep the values every part allows, `uniqueItems: true`
 * in any part holds, `multipleOf` steps meet at their least common multiple,
 * `additionalProperties: false` in any part closes the object, and a
 * part's `format`, `pattern`, content keywords, `items`, `prefixItems` or
 * union stands when the schema has none. Property schemas keep their identity
 * (the first writer of a name wins). `additionalProperties: { not: {} }`
 * (3.1's `false` in the internal form) is written `false`, as 3.0 writes
 * it, so that every reader sees one spelling of a closed object. The same
 * object when there is nothing to merge or respell; cached per schema
 * object.
 *
 * @example
 * effectiveSchema({ allOf: [{ properties: { a: s } }, { required: ['a'] }] }).required; // ['a']
 */
export function effectiveSchema(schema: SchemaObject): SchemaObject {
  const closed = isNothing(schema.additionalProperties);
  if (!schema.allOf && !closed) return schema;
  const hit = cache.get(schema);
  if (hit) return hit;
  const merged: SchemaObject = { ...schema };
  delete merged.allOf;
  if (closed) merged.additionalProperties = false;
  cache.set(schema, merged);
  if (!schema.allOf) return merged;
  for (const part of schema.allOf.map(effectiveSchema)) {
    for (const key of FIRST_WINS)
      if (part[key] !== undefined && merged[key] === undefined) merged[key] = part[key] as never;
    if (part.properties) merged.properties = { ...part.properties, ...merged.properties };
    if (part.required) merged.required = [...new Set([...(merged.required ?? []), ...part.required])];
    if (part.nullable) merged.nullable = true;
    if (part.readOnly) merged.readOnly = true;
    if (part.writeOnly) merged.writeOnly = true;
    if (part.uniqueItems === true) merged.uniqueItems = true;
    if (part.multipleOf !== undefined) {
      const own = merged.multipleOf;
      merged.multipleOf = own === undefined ? part.multipleOf : (stepLcm(own, part.multipleOf) ?? own);
    }
    if (part.enum) {
      const allowed = merged.enum && new Set(merged.enum.map((value) => JSON.stringify(value)));
      merged.enum = allowed ? part.enum.filter((value) => allowed.has(JSON.stringify(value))) : part.enum;
    }
    for (const key of LOWER) if (part[key] !== undefined) merged[key] = Math.max(part[key], merged[key] ?? -Infinity);
    for (const key of UPPER) if (part[key] !== undefined) merged[key] = Math.min(part[key], merged[key] ?? Infinity);
    mergeNumericBounds(merged, part);
    mergeDependentRequired(merged, part);
    if (part.additionalProperties === false) merged.additionalProperties = false;
    else if (typeof part.additionalProperties === 'object' && merged.additionalProperties === undefined) {
      merged.additionalProperties = part.additionalProperties;
    }
  }
  if (merged.properties && !merged.type) merged.type = 'object';
  return merged;
}
