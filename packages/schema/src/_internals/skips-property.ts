import type { Direction, SchemaObject } from '../types.js';

/** True when a property is left out in this direction (`readOnly` in requests, `writeOnly` in responses). */
export function skipsProperty(property: SchemaObject, direction: Direction): boolean {
  return direction === 'request' ? property.readOnly === true : property.writeOnly === true;
}
