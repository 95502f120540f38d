import type { SchemaObject } from '@circleci-kit/spec-loader';

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

/**
 * How `type` moved. A type that appears or disappears is left to the other
 * rules (`same` here): only two declared types are compared.
 *
 * @example
 * typeDirection({ type: 'integer' }, { type: 'number' }); // 'widened'
 */
export function typeDirection(old: SchemaObject, next: SchemaObject): ValueDirection {
  const before = typeList(old);
  const after = typeList(next);
  if (before.length === 0 || after.length === 0) return 'same';
  return direction(
    before.every((type) => allows(after, type)),
    after.every((type) => allows(before, type)),
  );
}

/** The declared type as written, for messages: `integer`, `integer | null`, `any`. */
export function describeType(schema: SchemaObject): string {
  const types = typeList(schema);
  return types.length === 0 ? 'any' : types.join(' | ');
}

/** Formats whose values are all values of a wider one of the same type. */
const WIDER_FORMAT: Readonly<Record<string, string>> = { int32: 'int64', float: 'double' };

/**
 * How `format` moved, for a value whose declared type did not change (a type
 * change is reported on its own). A format that appears narrows; one that
 * disappears widens; `int32` → `int64` and `float` → `double` widen.
 *
 * @example
 * formatDirection({ type: 'string' }, { type: 'string', format: 'uuid' }); // 'narrowed'
 */
export function formatDirection(old: SchemaObject, next: SchemaObject): ValueDirection {
  const before = old.format;
  const after = next.format;
  if (before === after || describeType(old) !== describeType(next)) return 'same';
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
