/**
 * Follows a JSON pointer of a value down its schema, giving the schema
 * there and its own pointer in the document (through `properties`,
 * `items` and `allOf` branches).
 */
import type { SchemaObject } from '@circleci-kit/spec-loader';

const escape = (token: string): string => token.replace(/~/g, '~0').replace(/\//g, '~1');

/** The sub-schema at a value's tokens and the schema pointer that reaches it (as far as it goes). */
export function schemaAt(
  schema: SchemaObject | undefined,
  base: string,
  tokens: readonly (string | number)[],
): { schema: SchemaObject | undefined; pointer: string } {
  let current = schema;
  let pointer = base;
  for (const token of tokens) {
    if (current === undefined) break;
    if (typeof token === 'number' || token === '*' || /^\d+$/.test(String(token))) {
      if (current.items === undefined) break;
      current = current.items;
      pointer += '/items';
      continue;
    }
    const key = String(token);
    if (current.properties?.[key] !== undefined) {
      current = current.properties[key];
      pointer += `/properties/${escape(key)}`;
      continue;
    }
    const branch = current.allOf?.findIndex((b) => b.properties?.[key] !== undefined) ?? -1;
    if (branch >= 0) {
      current = current.allOf![branch]!.properties![key];
      pointer += `/allOf/${branch}/properties/${escape(key)}`;
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

/** Escapes one token of a JSON pointer. */
export function pointerToken(token: string | number): string {
  return escape(String(token));
}
