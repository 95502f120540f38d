import type { SchemaObject } from '@circleci-kit/spec-loader';
import { isNothing } from '../../engine/nothing-schema.ts';

/**
 * How the set of values a keyword allows moved between two versions:
 * `widened` allows every old value and more, `narrowed` a subset of the old
 * values, `changed` some old values no longer and some new ones, `same` the
 * same values.
 */
export type ValueDirection = 'same' | 'widened' | 'narrowed' | 'changed';

/** The declared types as a list (a JSON Schema type list, or one type). */
function typeList(schema: SchemaObject): string[] {
  const type: unknown = schema.type;
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return typeof type === 'string' ? [type] : [];
}

/** Every integer is a number: a list holding `number` allows `integer` values. */
function allows(types: readonly string[], type: string): boolean {
  return types.includes(type) || (type === 'integer' && types.includes('number'));
}

function direction(oldCovered: boolean, newCovered: boolean): ValueDirection {
  if (oldCovered && newCovered) return 'same';
  if (oldCovered) return 'widened';
  return newCovered ? 'narrowed' : 'changed';
}

/** Every JSON type: what a schema without `type` (and without a shape) lets through. */
const ANY_TYPE = ['string', 'number', 'integer', 'boolean', 'array', 'object'];

/**
 * The types a schema lets through: those declared, else those its keywords
 * imply (`properties` an object, `items` an array), else every type; none
 * for the schema that matches nothing (`{ not: {} }`, 3.1's `false`).
 * Nothing (`undefined`) for a schema whose values an `enum` or a union
 * decides: other rules judge those.
 */
function typesAllowed(schema: SchemaObject): string[] | undefined {
  const declared = typeList(schema);
  if (declared.length > 0) return declared;
  if (isNothing(schema)) return [];
  if (schema.enum || schema.oneOf || schema.anyOf || schema.allOf || schema.not) return undefined;
  if (schema.properties || schema.required || schema.additionalProperties !== undefined) return ['object'];
  if (schema.items) return ['array'];
  return ANY_TYPE;
}

/**
 * How `type` moved. A schema with no `type` lets every type through, so a
 * type that appears narrows and one that disappears widens; a schema whose
 * `enum` or union decides its values is left to those rules (`same`).
 *
 * @example
 * typeDirection({ type: 'integer' }, { type: 'number' }); // 'widened'
 * typeDirection({}, { type: 'string' }); // 'narrowed'
 */
export function typeDirection(old: SchemaObject, next: SchemaObject): ValueDirection {
  const before = typesAllowed(old);
  const after = typesAllowed(next);
  if (before === undefined || after === undefined) return 'same';
  return direction(
    before.every((type) => allows(after, type)),
    after.every((type) => allows(before, type)),
  );
}

/** The declared type as written, for messages: `integer`, `integer | null`, `any`, `nothing`. */
export function describeType(schema: SchemaObject): string {
  const types = typesAllowed(schema);
  if (types?.length === 0) return 'nothing';
  return types === undefined || types === ANY_TYPE ? 'any' : types.join(' | ');
}

/** Formats whose values are all values of a wider one of the same type. */
export const WIDER_FORMAT: Readonly<Record<string, string>> = { int32: 'int64', float: 'double' };

/** The numbers a numeric format allows, by range: `int32` ⊂ `int64` ⊂ `float` ⊂ `double` (or none: any finite number). */
const NUMBER_RANGE: Readonly<Record<string, number>> = { int32: 0, int64: 1, float: 2, double: 3 };

/** An `integer` or `number` with its format, as a set of numbers: whole or not, and how far it reaches. */
function numberSet(schema: SchemaObject): { whole: boolean; range: number } | undefined {
  const types = typeList(schema);
  if (types.length !== 1 || (types[0] !== 'integer' && types[0] !== 'number')) return undefined;
  const format = schema.format ?? 'double';
  const range = NUMBER_RANGE[format] ?? NUMBER_RANGE['double']!;
  return { whole: types[0] === 'integer' || format === 'int32' || format === 'int64', range };
}

/**
 * How the values moved when `integer` and `number` swap and the format
 * moves too, as far as the type rule does not already say: `same` when the
 * type's own move tells it all (`integer` → `number`, format dropped), else
 * the move of type and format together (`integer` → `number` with `int32`
 * added narrows).
 */
function numberFormatDirection(old: SchemaObject, next: SchemaObject): ValueDirection {
  const [before, after] = [numberSet(old), numberSet(next)];
  if (before === undefined || after === undefined) return 'same';
  const within = (a: typeof before, b: typeof before) => (a.whole || !b.whole) && a.range <= b.range;
  const how = direction(within(before, after), within(after, before));
  return how === typeDirection(old, next) ? 'same' : how;
}

/**
 * How `format` moved. A format that appears narrows; one that disappears
 * widens; `int32` → `int64` and `float` → `double` widen. When the type
 * changed, the type rules report the move, except between `integer` and
 * `number`, where the format can make it narrower or wider than the type
 * alone says (see `numberFormatDirection`).
 *
 * @example
 * formatDirection({ type: 'string' }, { type: 'string', format: 'uuid' }); // 'narrowed'
 * formatDirection({ type: 'integer' }, { type: 'number', format: 'int32' }); // 'narrowed'
 */
export function formatDirection(old: SchemaObject, next: SchemaObject): ValueDirection {
  const before = old.format;
  const after = next.format;
  if (before === after) return 'same';
  if (describeType(old) !== describeType(next)) return numberFormatDirection(old, next);
  if (before === undefined) return 'narrowed';
  if (after === undefined) return 'widened';
  if (WIDER_FORMAT[before] === after) return 'widened';
  return WIDER_FORMAT[after] === before ? 'narrowed' : 'changed';
}

/** `format added: uuid`, `format removed (was uuid)`, `format widened from int32 to int64`. */
export function describeFormatMove(old: SchemaObject, next: SchemaObject, how: ValueDirection): string {
  if (old.format === undefined) return `format added: ${next.format}`;
  if (next.format === undefined) return `format removed (was ${old.format})`;
  return `format ${how} from ${old.format} to ${next.format}`;
}

/** `type narrowed from number to integer`, `type changed from string to integer`. */
export function describeTypeMove(old: SchemaObject, next: SchemaObject, how: ValueDirection): string {
  return `type ${how} from ${describeType(old)} to ${describeType(next)}`;
}
