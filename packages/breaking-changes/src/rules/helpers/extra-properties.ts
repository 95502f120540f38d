import type { SchemaObject } from '@circleci-kit/spec-loader';
import { isAnnotation } from '../../engine/annotations.ts';
import { sameJson } from '../../engine/same-json.ts';
import type { SchemaNode } from '../rule.ts';
import { multipleOfChange } from './multiple-of.ts';
import { requiredIn, unconstrained } from './schema-facts.ts';
import { WIDER_FORMAT } from './value-direction.ts';

/**
 * What an object schema lets a property it does not declare hold:
 * nothing (`additionalProperties: false`), anything (`true`, `{}`, or no
 * `additionalProperties` at all: `declared` tells the written forms from
 * the absent one), or the values of a schema.
 */
export type Extras = { kind: 'none' } | { kind: 'any'; declared: boolean } | { kind: 'schema'; schema: SchemaObject };

/**
 * The extra properties an object schema allows.
 *
 * @example
 * extrasOf({ type: 'object', additionalProperties: { type: 'string' } }); // { kind: 'schema', schema: { type: 'string' } }
 */
export function extrasOf(schema: SchemaObject): Extras {
  const extra = schema.additionalProperties;
  if (extra === false) return { kind: 'none' };
  if (extra === undefined) return { kind: 'any', declared: false };
  if (extra === true || unconstrained(extra)) return { kind: 'any', declared: true };
  return { kind: 'schema', schema: extra };
}

/** `additionalProperties: false`, `true`, absent, or the schema as JSON, for messages. */
export function describeExtras(extras: Extras): string {
  if (extras.kind === 'none') return 'none';
  if (extras.kind === 'any') return extras.declared ? 'any' : 'any (not declared)';
  return JSON.stringify(extras.schema);
}

/**
 * How the extra properties moved: `narrowed` when some extra value allowed
 * before is refused now (anything → a schema or `false`, a schema →
 * `false`), `widened` the reverse. Two schemas are compared by the walk
 * below `additionalProperties`, so they are `same` here.
 */
export function extrasMove(old: SchemaObject, next: SchemaObject): 'same' | 'narrowed' | 'widened' {
  const rank = { none: 0, schema: 1, any: 2 } as const;
  const before = rank[extrasOf(old).kind];
  const after = rank[extrasOf(next).kind];
  if (before === after) return 'same';
  return after < before ? 'narrowed' : 'widened';
}

const same = (a: unknown, b: unknown) => sameJson(a, b);

function lowerBoundCovers(
  wide: SchemaObject,
  narrow: SchemaObject,
  key: 'minLength' | 'minItems' | 'minProperties',
): boolean {
  const bound = wide[key];
  return bound === undefined || (narrow[key] !== undefined && narrow[key] >= bound);
}

function upperBoundCovers(
  wide: SchemaObject,
  narrow: SchemaObject,
  key: 'maxLength' | 'maxItems' | 'maxProperties',
): boolean {
  const bound = wide[key];
  return bound === undefined || (narrow[key] !== undefined && narrow[key] <= bound);
}

function minimumCovers(wide: SchemaObject, narrow: SchemaObject): boolean {
  if (wide.minimum === undefined) return true;
  if (narrow.minimum === undefined) return false;
  if (narrow.minimum > wide.minimum) return true;
  return narrow.minimum === wide.minimum && (wide.exclusiveMinimum !== true || narrow.exclusiveMinimum === true);
}

function maximumCovers(wide: SchemaObject, narrow: SchemaObject): boolean {
  if (wide.maximum === undefined) return true;
  if (narrow.maximum === undefined) return false;
  if (narrow.maximum < wide.maximum) return true;
  return narrow.maximum === wide.maximum && (wide.exclusiveMaximum !== true || narrow.exclusiveMaximum === true);
}

/** Each keyword `wide` may hold, and whether `narrow` is at least as strict in it. */
const KEYWORD_COVERS: Readonly<Record<string, (wide: SchemaObject, narrow: SchemaObject) => boolean>> = {
  type: (wide, narrow) =>
    narrow.type !== undefined && (narrow.type === wide.type || (wide.type === 'number' && narrow.type === 'integer')),
  nullable: () => true,
  format: (wide, narrow) => narrow.format === wide.format || WIDER_FORMAT[narrow.format ?? ''] === wide.format,
  enum: (wide, narrow) =>
    narrow.enum?.every((value) => wide.enum!.some((allowed) => same(allowed, value)) || value === null) === true,
  pattern: (wide, narrow) => narrow.pattern === wide.pattern,
  minLength: (wide, narrow) => lowerBoundCovers(wide, narrow, 'minLength'),
  maxLength: (wide, narrow) => upperBoundCovers(wide, narrow, 'maxLength'),
  minItems: (wide, narrow) => lowerBoundCovers(wide, narrow, 'minItems'),
  maxItems: (wide, narrow) => upperBoundCovers(wide, narrow, 'maxItems'),
  minimum: minimumCovers,
  maximum: maximumCovers,
  exclusiveMinimum: minimumCovers,
  exclusiveMaximum: maximumCovers,
  minProperties: (wide, narrow) => lowerBoundCovers(wide, narrow, 'minProperties'),
  maxProperties: (wide, narrow) => upperBoundCovers(wide, narrow, 'maxProperties'),
  // Every number `narrow` allows is a multiple of `wide`'s step: none, or a whole multiple of it.
  multipleOf: (wide, narrow) => ['same', 'tightened'].includes(multipleOfChange(wide, narrow)),
  // A list of one item at most has no two alike.
  uniqueItems: (wide, narrow) =>
    wide.uniqueItems !== true || narrow.uniqueItems === true || (narrow.maxItems !== undefined && narrow.maxItems <= 1),
  items: (wide, narrow) => narrow.items !== undefined && covers(wide.items!, narrow.items),
};

/**
 * Whether every value `narrow` allows is a value `wide` allows. Sure when
 * it says yes; it says no when it cannot tell (keywords other than a
 * scalar's, an array's or an object's size, such as `properties` or
 * `oneOf`, unless both schemas are written alike).
 *
 * @example
 * covers({ type: 'number' }, { type: 'integer', minimum: 0 }); // true
 * covers({ type: 'string', maxLength: 5 }, { type: 'string' }); // false
 */
export function covers(wide: SchemaObject, narrow: SchemaObject): boolean {
  if (unconstrained(wide) || same(wide, narrow)) return true;
  if (narrow.nullable === true && wide.nullable !== true) return false;
  // `null` in an enum is allowed only by `nullable`.
  if (wide.nullable !== true && narrow.enum?.includes(null)) return false;
  return Object.keys(wide).every((key) => {
    if (isAnnotation(key) || key === 'readOnly' || key === 'writeOnly') return true;
    const check = KEYWORD_COVERS[key];
    return check?.(wide, narrow) === true;
  });
}

/**
 * The values a request object accepted under the name of a property it did
 * not declare, when it made a promise about them: the schema of
 * `additionalProperties`, or any value when `additionalProperties` is
 * written `true` (or `{}`) or the name is in `required`. `undefined` when it
 * refused the name or said nothing: an undeclared name under an absent
 * `additionalProperties` is not something clients were told they could send.
 */
export function requestExtraBefore(node: SchemaNode, name: string): SchemaObject | undefined {
  const extras = extrasOf(node.old);
  if (extras.kind === 'schema') return extras.schema;
  if (extras.kind === 'any' && (extras.declared || requiredIn(node.old, name))) return {};
  return undefined;
}

/**
 * Whether a property new in the request view accepts less than the object
 * accepted under its name before (see {@link requestExtraBefore}).
 */
export function requestPropertyNarrowsExtra(node: SchemaNode, name: string): boolean {
  const before = requestExtraBefore(node, name);
  const after = node.new.properties?.[name];
  return before !== undefined && after !== undefined && !covers(after, before);
}

/**
 * Whether a property new in the response view may hold values the old
 * schema refused under its name: `additionalProperties: false`, or a
 * schema that does not cover the property's.
 */
export function responsePropertyEscapesExtra(node: SchemaNode, name: string): boolean {
  const extras = extrasOf(node.old);
  const after = node.new.properties?.[name];
  if (after === undefined || extras.kind === 'any') return false;
  return extras.kind === 'none' || !covers(extras.schema, after);
}
