/**
 * OpenAPI 3.0 Schema Object → JSON Schema (draft-07, as Ajv reads it).
 */
import { KNOWN_FORMATS } from './_internals/formats.ts';
import { findRecursive } from './_internals/find-recursive.ts';
import { skipsProperty } from './_internals/skips-property.ts';
import type { Direction, JsonSchema, SchemaObject } from './types.ts';

/** Options of {@link toJsonSchema}. */
export interface ToJsonSchemaOptions {
  /**
   * `request` leaves `readOnly` properties out, `response` leaves `writeOnly` ones out.
   * @default 'response'
   */
  direction?: Direction;
}

/** Keywords copied as they are (the rest are rewritten or dropped). */
const COPIED = [
  'enum',
  'const',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
] as const;

/**
 * Converts an OpenAPI 3.0 Schema Object (normalized by `loadSpec`, or raw
 * with `x-nullable`) into a JSON Schema for Ajv:
 *
 * - `nullable` / `x-nullable` → `type: [t, "null"]` (and `null` added to an
 *   `enum`), or `anyOf: [schema, { type: "null" }]` when there is no `type`;
 * - boolean `exclusiveMinimum`/`exclusiveMaximum` → their numeric form;
 * - formats `uuid`, `date-time`, `date`, `uri`, `email`, `int32`, `int64`,
 *   `float`, `double` kept (and checked); other formats dropped;
 * - `readOnly` properties left out in requests, `writeOnly` in responses;
 * - `discriminator`, `example`, `examples`, `default`, `description`, `x-*`
 *   dropped (`oneOf` does the discriminating);
 * - a circular schema becomes `definitions` and `$ref`s.
 *
 * The input is never modified.
 *
 * @example
 * ```ts
 * toJsonSchema({ type: 'string', format: 'uuid', 'x-nullable': true }, { direction: 'response' });
 * // → { type: ['string', 'null'], format: 'uuid' }
 * ```
 */
export function toJsonSchema(schema: SchemaObject, options: ToJsonSchemaOptions = {}): JsonSchema {
  const direction = options.direction ?? 'response';
  const recursive = findRecursive(schema);
  const names = new Map<SchemaObject, string>();
  const definitions: Record<string, JsonSchema> = {};
  const done = new Map<SchemaObject, JsonSchema>();

  const convert = (node: SchemaObject): JsonSchema => {
    if (recursive.has(node)) {
      let name = names.get(node);
      if (name === undefined) {
        name = `s${names.size}`;
        names.set(node, name);
        definitions[name] = convertBody(node);
      }
      return { $ref: `#/definitions/${name}` };
    }
    let out = done.get(node);
    if (out === undefined) {
      out = convertBody(node);
      done.set(node, out);
    }
    return out;
  };

  const convertBody = (node: SchemaObject): JsonSchema => {
    const out: JsonSchema = {};
    const raw = node as Record<string, unknown>;
    const nullable = node.nullable === true || raw['x-nullable'] === true;
    if (node.type !== undefined) out.type = nullable ? [node.type, 'null'] : node.type;
    if (node.format !== undefined && KNOWN_FORMATS.has(node.format)) out.format = node.format;
    for (const keyword of COPIED) if (raw[keyword] !== undefined) out[keyword] = raw[keyword];
    if (nullable && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...(out.enum as unknown[]), null];
    if (typeof node.minimum === 'number' && node.exclusiveMinimum === true) {
      delete out.minimum;
      out.exclusiveMinimum = node.minimum;
    }
    if (typeof node.maximum === 'number' && node.exclusiveMaximum === true) {
      delete out.maximum;
      out.exclusiveMaximum = node.maximum;
    }
    if (node.properties !== undefined) {
      const properties: Record<string, JsonSchema> = {};
      for (const [name, child] of Object.entries(node.properties)) {
        if (!skipsProperty(child, direction)) properties[name] = convert(child);
      }
      out.properties = properties;
    }
    if (node.required !== undefined) {
      const required = node.required.filter((name) => {
        const child = node.properties?.[name];
        return child === undefined || !skipsProperty(child, direction);
      });
      if (required.length > 0) out.required = required;
    }
    if (node.additionalProperties !== undefined) {
      out.additionalProperties =
        typeof node.additionalProperties === 'boolean' ? node.additionalProperties : convert(node.additionalProperties);
    }
    if (node.items !== undefined) out.items = convert(node.items);
    if (node.not !== undefined) out.not = convert(node.not);
    for (const keyword of ['allOf', 'oneOf', 'anyOf'] as const) {
      const list = node[keyword];
      if (list !== undefined) out[keyword] = list.map(convert);
    }
    if (nullable && node.type === undefined) return { anyOf: [out, { type: 'null' }] };
    return out;
  };

  const root = convert(schema);
  if (names.size === 0) return root;
  return { ...root, definitions };
}
