import type { JsonValue, SchemaObject } from '@circleci-kit/spec-loader';
import { unionOf } from './branches.ts';
import { effectiveSchema } from './effective-schema.ts';
import { integerBound, numericBound } from './numeric-bounds.ts';
import { sideSchema } from './side-schema.ts';

/** String formats no two of which share a value. */
const EXCLUSIVE_FORMATS = new Set(['date', 'date-time', 'time', 'uuid', 'email', 'ipv4', 'ipv6']);

const JSON_TYPES = ['string', 'number', 'boolean', 'array', 'object'] as const;

/** The JSON types a schema lets through besides `null`; `integer` counts as `number`. */
function typesOf(schema: SchemaObject): Set<string> {
  if (schema.type !== undefined) return new Set([schema.type === 'integer' ? 'number' : schema.type]);
  if (schema.properties) return new Set(['object']);
  if (schema.items) return new Set(['array']);
  return new Set(JSON_TYPES);
}

/** Whether `null` matches: `nullable`, or no type, enum or shape at all. */
function takesNull(schema: SchemaObject): boolean {
  return schema.nullable === true || (typesOf(schema).size === JSON_TYPES.length && schema.enum === undefined);
}

function jsonTypeOf(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}

type Range = [number | undefined, number | undefined];

function rangesMeet(a: Range, b: Range): boolean {
  const low = Math.max(a[0] ?? -Infinity, b[0] ?? -Infinity);
  const high = Math.min(a[1] ?? Infinity, b[1] ?? Infinity);
  return low <= high;
}

/** Whether some number lies within the `minimum`/`maximum` of both schemas, their exclusive flags counted. */
function numbersMeet(x: SchemaObject, y: SchemaObject): boolean {
  const lows = [numericBound(x, 'lower'), numericBound(y, 'lower')].filter((bound) => bound !== undefined);
  const highs = [numericBound(x, 'upper'), numericBound(y, 'upper')].filter((bound) => bound !== undefined);
  for (const low of lows) {
    for (const high of highs) {
      if (low.value > high.value || (low.value === high.value && (low.exclusive || high.exclusive))) return false;
    }
  }
  return true;
}

/** The schema a property named `name` must match under `schema`, `false` when the object refuses it. */
function propertySchema(schema: SchemaObject, name: string): SchemaObject | false | undefined {
  const own = schema.properties?.[name];
  if (own) return own;
  if (schema.additionalProperties === false) return false;
  return typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
}

/**
 * Whether some value may match both schemas, as each side sees them. Says
 * `false` only where it is certain: types that share no value, enums with
 * no common value, disjoint numeric or length ranges, different exclusive
 * formats, or a property both require-or-define with disjoint schemas, or
 * that one object requires and the other refuses. Anything it cannot rule
 * out (patterns, say) counts as an overlap.
 *
 * @example
 * mayOverlap({ type: 'string' }, { type: 'integer' }, 'request'); // false
 * mayOverlap({ type: 'object', required: ['a'] }, { type: 'object', required: ['b'] }, 'request'); // true: { a, b }
 */
export function mayOverlap(a: SchemaObject, b: SchemaObject, side: 'request' | 'response', depth = 0): boolean {
  if (depth > 8) return true;
  const x = sideSchema(effectiveSchema(a), side);
  const y = sideSchema(effectiveSchema(b), side);
  for (const [union, other] of [
    [unionOf(x), y],
    [unionOf(y), x],
  ] as const) {
    if (union) return union.branches.some((branch) => mayOverlap(branch, other, side, depth + 1));
  }
  if (takesNull(x) && takesNull(y)) return true;
  if (x.enum || y.enum) {
    if (x.enum && y.enum) {
      const keys = new Set(y.enum.map((value) => JSON.stringify(value)));
      return x.enum.some((value) => keys.has(JSON.stringify(value)));
    }
    const [values, other] = x.enum ? [x.enum, y] : [y.enum!, x];
    const types = typesOf(other);
    return values.some((value) => (value === null ? takesNull(other) : types.has(jsonTypeOf(value))));
  }
  const yTypes = typesOf(y);
  const shared = [...typesOf(x)].filter((type) => yTypes.has(type));
  if (shared.length === 0) return false;
  if (shared.length > 1) return true;
  switch (shared[0]!) {
    case 'number':
      if (x.type === 'integer' || y.type === 'integer') {
        // An integer range needs a whole number in it.
        const low = Math.max(integerBound(x, 'lower'), integerBound(y, 'lower'));
        return low <= Math.min(integerBound(x, 'upper'), integerBound(y, 'upper'));
      }
      return numbersMeet(x, y);
    case 'string':
      if (x.format && y.format && x.format !== y.format) {
        if (EXCLUSIVE_FORMATS.has(x.format) && EXCLUSIVE_FORMATS.has(y.format)) return false;
      }
      return rangesMeet([x.minLength, x.maxLength], [y.minLength, y.maxLength]);
    case 'array':
      if (!rangesMeet([x.minItems, x.maxItems], [y.minItems, y.maxItems])) return false;
      // The empty array matches both unless one needs an item.
      if (Math.max(x.minItems ?? 0, y.minItems ?? 0) === 0 || !x.items || !y.items) return true;
      return mayOverlap(x.items, y.items, side, depth + 1);
    case 'object': {
      const names = new Set([...(x.required ?? []), ...(y.required ?? [])]);
      for (const name of names) {
        const [px, py] = [propertySchema(x, name), propertySchema(y, name)];
        if (px === false || py === false) return false;
        if (px && py && !mayOverlap(px, py, side, depth + 1)) return false;
      }
      return true;
    }
    default:
      return true;
  }
}
