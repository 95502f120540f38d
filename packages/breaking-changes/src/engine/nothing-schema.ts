import type { SchemaObject } from '@circleci-kit/spec-loader';
import { isAnnotation } from './annotations.ts';

/** Whether a schema limits nothing: no keyword but annotations. */
function limitsNothing(schema: SchemaObject): boolean {
  return Object.keys(schema).every(isAnnotation);
}

/**
 * Whether a schema matches no value at all: `{ not: {} }`, the internal
 * form of 3.1's boolean schema `false` (a property that may not appear,
 * `items: false` closing an array after its `prefixItems`,
 * `additionalProperties: false`). Not the boolean `false` itself.
 *
 * @example
 * isNothing({ not: {} }); // true
 * isNothing({ not: { type: 'string' } }); // false
 */
export function isNothing(schema: SchemaObject | boolean | undefined): boolean {
  if (typeof schema !== 'object' || schema.not === undefined || !limitsNothing(schema.not)) return false;
  return Object.keys(schema).every((key) => key === 'not' || isAnnotation(key));
}
