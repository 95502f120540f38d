import type { SchemaObject } from '@circleci-kit/spec-loader';
import { effectiveSchema } from './effective-schema.ts';

/**
 * Whether a schema matches `null` and nothing else: 3.1's `type: 'null'`
 * (`enum: [null]` in the internal form), the branch a 3.1 document adds
 * to a union to make it nullable.
 *
 * @example
 * isNullOnly({ enum: [null], nullable: true }); // true
 */
export function isNullOnly(schema: SchemaObject): boolean {
  const values = effectiveSchema(schema).enum;
  return values !== undefined && values.length > 0 && values.every((value) => value === null);
}
