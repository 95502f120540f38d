/**
 * Follows a JSON pointer of a value down its schema, giving the schema
 * there and its own pointer in the document (through `properties`,
 * `prefixItems`, `items` and `allOf` branches).
 */
import { appendPointer, type SchemaObject } from '@circleci-kit/spec-loader';

/**
 * The sub-schema at a value's tokens, the schema pointer that reaches it (as
 * far as it goes), and the tokens with every array index written `0` but
 * those of `prefixItems` members, which each have a schema of their own:
 * one place per schema, for reporting a mismatch once.
 */
export function schemaAt(
  schema: SchemaObject | undefined,
  base: string,
  tokens: ReadonlyArray<string | number>,
): { schema: SchemaObject | undefined; pointer: string; generic: string[] } {
  let current = schema;
  let pointer = base;
  const generic = tokens.map((token) => (typeof token === 'number' || /^\d+$/.test(token) ? '0' : token));
  for (const [at, token] of tokens.entries()) {
    if (current === undefined) break;
    if (typeof token === 'number' || token === '*' || /^\d+$/.test(token)) {
      const index = token === '*' ? Infinity : Number(token);
      const member = current.prefixItems?.[index];
      if (member !== undefined) {
        current = member;
        pointer += `/prefixItems/${index}`;
        generic[at] = String(index);
        continue;
      }
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
  return { schema: current, pointer, generic };
}
