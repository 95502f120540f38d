/**
 * A schema in the toolkit's internal form → JSON Schema 2020-12 (as Ajv's
 * 2020 build reads it).
 */
import { dependentRequiredIn } from './_internals/dependent-required.ts';
import { KNOWN_FORMATS } from './_internals/formats.ts';
import { findRecursive } from './_internals/find-recursive.ts';
import { skipsProperty } from './_internals/skips-property.ts';
import {
  isSchemaObject,
  PASS_THROUGH_NUMBER,
  PASS_THROUGH_SCHEMA,
  PASS_THROUGH_SCHEMA_MAP,
} from './_internals/subschemas.ts';
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
  'contentEncoding',
  'contentMediaType',
  'minimum',
  'maximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  ...PASS_THROUGH_NUMBER,
] as const;

/**
 * Keywords whose value is a subschema, and which report a value that their
 * subschema `false` rejects as their own error (`additionalProperties` at the
 * property, `items` after `prefixItems`, `unevaluated*` at the value): there
 * a schema that allows nothing is written `false`, so the error names the
 * keyword. Elsewhere it stays `{ not: {} }` (the error is `not`, at the value).
 */
const FALSE_WHEN_NOTHING = new Set(['additionalProperties', 'items', 'unevaluatedProperties', 'unevaluatedItems']);

/** True for `{ not: {} }` exactly: the JSON Schema of a schema that allows no value. */
export function isNothingJson(json: JsonSchema | boolean): boolean {
  if (typeof json === 'boolean') return !json;
  const keys = Object.keys(json);
  return keys.length === 1 && keys[0] === 'not' && isSchemaObject(json.not) && Object.keys(json.not).length === 0;
}

/**
 * Converts a schema in the internal form (as `loadSpec` gives it, for
 * OpenAPI 3.0 and 3.1 alike; or raw OpenAPI 3.0 with `x-nullable`) into a
 * JSON Schema 2020-12 for Ajv's 2020 build:
 *
 * - `nullable` / `x-nullable` → `type: [t, "null"]` (and `null` added to an
 *   `enum`), or `anyOf: [schema, { type: "null" }]` when there is no `type`;
 * - boolean `exclusiveMinimum`/`exclusiveMaximum` → their numeric form;
 * - formats `uuid`, `date-time`, `date`, `uri`, `email`, `int32`, `int64`,
 *   `float`, `double` kept (and checked); other formats dropped;
 * - `prefixItems` (with `items` for the items after them),
 *   `dependentRequired`, `contentEncoding`, `contentMediaType` kept;
 * - the 2020-12 keywords that pass through the internal form untyped
 *   (`if`/`then`/`else`, `patternProperties`, `propertyNames`, `contains`,
 *   `minContains`, `maxContains`, `dependentSchemas`,
 *   `unevaluatedProperties`, `unevaluatedItems`) kept, their subschemas
 *   converted like any other;
 * - `{ not: {} }` (the internal form of `false`) written `false` under
 *   `additionalProperties`, `items` after `prefixItems` and `unevaluated*`;
 * - `readOnly` properties left out in requests, `writeOnly` in responses
 *   (from `required` and `dependentRequired` too);
 * - `discriminator`, `example`, `examples`, `default`, `description`, `x-*`
 *   dropped (`oneOf` does the discriminating);
 * - a circular schema becomes `$defs` and `$ref`s.
 *
 * The input is never modified. The output carries no `$schema`: it is
 * compiled by an Ajv that reads 2020-12 by default.
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
  const defs: Record<string, JsonSchema> = {};
  const done = new Map<SchemaObject, JsonSchema>();

  const convert = (node: SchemaObject): JsonSchema => {
    if (recursive.has(node)) {
      let name = names.get(node);
      if (name === undefined) {
        name = `s${names.size}`;
        names.set(node, name);
        defs[name] = convertBody(node);
      }
      return { $ref: `#/$defs/${name}` };
    }
    let out = done.get(node);
    if (out === undefined) {
      out = convertBody(node);
      done.set(node, out);
    }
    return out;
  };

  /** A subschema under `keyword`: booleans as they are, `false` for nothing where {@link FALSE_WHEN_NOTHING} says. */
  const sub = (keyword: string, value: SchemaObject | boolean): JsonSchema | boolean => {
    if (typeof value === 'boolean') return value;
    const out = convert(value);
    return FALSE_WHEN_NOTHING.has(keyword) && isNothingJson(out) ? false : out;
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
    const dependencies = dependentRequiredIn(node, direction);
    if (dependencies.size > 0) out.dependentRequired = Object.fromEntries(dependencies);
    if (node.additionalProperties !== undefined) {
      out.additionalProperties = sub('additionalProperties', node.additionalProperties);
    }
    if (node.prefixItems !== undefined) out.prefixItems = node.prefixItems.map(convert);
    if (node.items !== undefined) {
      out.items = node.prefixItems === undefined ? convert(node.items) : sub('items', node.items);
    }
    if (node.not !== undefined) out.not = convert(node.not);
    for (const keyword of ['allOf', 'oneOf', 'anyOf'] as const) {
      const list = node[keyword];
      if (list !== undefined) out[keyword] = list.map(convert);
    }
    for (const keyword of PASS_THROUGH_SCHEMA) {
      const value = raw[keyword];
      if (typeof value === 'boolean' || isSchemaObject(value)) out[keyword] = sub(keyword, value);
    }
    for (const keyword of PASS_THROUGH_SCHEMA_MAP) {
      const map = raw[keyword];
      if (!isSchemaObject(map)) continue;
      out[keyword] = Object.fromEntries(
        Object.entries(map as Record<string, unknown>)
          .filter(([, value]) => typeof value === 'boolean' || isSchemaObject(value))
          .map(([name, value]) => [name, sub(keyword, value as SchemaObject | boolean)]),
      );
    }
    if (nullable && node.type === undefined) return { anyOf: [out, { type: 'null' }] };
    return out;
  };

  const root = convert(schema);
  if (names.size === 0) return root;
  return { ...root, $defs: defs };
}
