/**
 * Follows a JSON pointer of a value down its schema, giving the schema
 * there and its own pointer in the document (through `properties`,
 * `items` and `allOf` branches).
 */
import { appendPointer, type SchemaObject } from '@circleci-kit/spec-loader';

/** The sub-schema at a value's tokens and the schema pointer that reaches it (as far as it goes). */
export function schemaAt(
  schema: SchemaObject | undefined,
  base: string,
  tokens: ReadonlyArray<string | number>,
): { schema: SchemaObject | undefined; pointer: string } {
  let current = schema;
  let pointer = base;
  for (const token of tokens) {
    if (current === undefined) break;
    if (typeof token === 'number' || token === '*' || /^\d+$/.test(token)) {
      if (current.items === undefined) break;
      current = current.items;
      pointer += '/items';
      continue;
    }
    const key = token;
    if (current.properties?.[key] !== undefined) {
      current = current.properties[key];
      pointer = appendPointer(pointer, 'properties', key);
      continue;
    }
    const branch = current.allOf?.findIndex((b) => b.properties?.[key] !== undefined) ?? -1;
    if (branch >= 0) {
      current = current.allOf![branch]!.properties![key];
      pointer = appendPointer(pointer, 'allOf', branch, 'properties', key);
      continue;
    }
    if (typeof current.additionalProperties === 'object') {
      current = current.additionalProperties;
      pointer += '/additionalProperties';
      continue;
    }
    break;
  }
  return { schema: current, pointer };
}
