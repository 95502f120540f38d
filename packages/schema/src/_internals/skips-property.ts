import type { Direction, SchemaObject } from '../types.ts';

/**
 * True when a property is left out in this direction (`readOnly` in
 * requests, `writeOnly` in responses), set on the property itself or on one
 * of its `allOf` parts (`allOf: [{ $ref: … }, { readOnly: true }]`).
 */
export function skipsProperty(property: SchemaObject, direction: Direction): boolean {
  const flag = direction === 'request' ? 'readOnly' : 'writeOnly';
  return property[flag] === true || (property.allOf?.some((part) => part[flag] === true) ?? false);
}
