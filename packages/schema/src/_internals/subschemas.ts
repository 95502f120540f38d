/**
 * Where subschemas sit in a schema of the internal form: the keywords the
 * toolkit types, and the JSON Schema 2020-12 keywords that may pass through
 * it untyped.
 */
import { appendPointer } from '@circleci-kit/spec-loader';
import type { SchemaObject } from '../types.ts';

/** Pass-through keywords whose value is one subschema. */
export const PASS_THROUGH_SCHEMA = [
  'if',
  'then',
  'else',
  'propertyNames',
  'contains',
  'unevaluatedProperties',
  'unevaluatedItems',
] as const;

/** Pass-through keywords whose value maps names (or patterns) to subschemas. */
export const PASS_THROUGH_SCHEMA_MAP = ['patternProperties', 'dependentSchemas'] as const;

/** Pass-through keywords whose value is a number. */
export const PASS_THROUGH_NUMBER = ['minContains', 'maxContains'] as const;

/** Every pass-through keyword. */
export const PASS_THROUGH: readonly string[] = [
  ...PASS_THROUGH_SCHEMA,
  ...PASS_THROUGH_SCHEMA_MAP,
  ...PASS_THROUGH_NUMBER,
];

/** A subschema value, in the internal form (`{}`/`{ not: {} }`) or, passing through, a boolean. */
export type Subschema = SchemaObject | boolean;

/** True for a subschema given as an object (not a boolean). */
export const isSchemaObject = (value: unknown): value is SchemaObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The pass-through keywords that the schema uses. */
export function passThroughKeywords(schema: SchemaObject): string[] {
  const raw = schema as Record<string, unknown>;
  return PASS_THROUGH.filter((keyword) => raw[keyword] !== undefined);
}

/**
 * The subschemas directly below a schema (objects only; boolean ones have
 * none below), each with its path from the schema, e.g. `/properties/id`,
 * `/prefixItems/0`, `/patternProperties/^x-`.
 */
export function childEntries(schema: SchemaObject): Array<[path: string, child: SchemaObject]> {
  const raw = schema as Record<string, unknown>;
  const entries: Array<[string, unknown]> = [];
  for (const [name, child] of Object.entries(schema.properties ?? {}))
    entries.push([appendPointer('/properties', name), child]);
  entries.push(['/additionalProperties', schema.additionalProperties], ['/items', schema.items], ['/not', schema.not]);
  for (const keyword of ['prefixItems', 'allOf', 'oneOf', 'anyOf'] as const) {
    schema[keyword]?.forEach((child, index) => entries.push([`/${keyword}/${index}`, child]));
  }
  for (const keyword of PASS_THROUGH_SCHEMA) entries.push([`/${keyword}`, raw[keyword]]);
  for (const keyword of PASS_THROUGH_SCHEMA_MAP) {
    const map = raw[keyword];
    if (isSchemaObject(map)) {
      for (const [name, child] of Object.entries(map)) entries.push([appendPointer(`/${keyword}`, name), child]);
    }
  }
  return entries.filter((entry): entry is [string, SchemaObject] => isSchemaObject(entry[1]));
}

/** The subschemas directly below a schema (see {@link childEntries}). */
export function childSchemas(schema: SchemaObject): SchemaObject[] {
  return childEntries(schema).map(([, child]) => child);
}

/**
 * True when a schema, or one below it, uses `unevaluatedProperties` or
 * `unevaluatedItems` (whose validators must track what other keywords
 * evaluated). Each schema object is looked at once.
 */
export function usesUnevaluated(schemas: Iterable<SchemaObject>): boolean {
  const seen = new Set<SchemaObject>();
  const queue = [...schemas];
  for (let schema = queue.pop(); schema !== undefined; schema = queue.pop()) {
    if (seen.has(schema)) continue;
    seen.add(schema);
    const raw = schema as Record<string, unknown>;
    if (raw.unevaluatedProperties !== undefined || raw.unevaluatedItems !== undefined) return true;
    queue.push(...childSchemas(schema));
  }
  return false;
}
