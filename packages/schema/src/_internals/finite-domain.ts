import type { SchemaObject } from '../types.ts';
import { canonicalJson } from './canonical-json.ts';
import { isNullable, resolveNode } from './resolve-node.ts';

/**
 * At most how many different values a schema admits, when its keywords
 * alone make that few: an `enum`'s distinct values (a `const` is one),
 * or `boolean` (2), one more for `nullable`. `undefined` when the count is
 * not bounded that way. An upper bound: other keywords may admit fewer.
 * Arrays of different items (`uniqueItems`) can be no longer than this.
 *
 * @example
 * finiteDomainSize({ enum: ['a', 'b', 'a'] }); // 2
 */
export function finiteDomainSize(schema: SchemaObject): number | undefined {
  const node = resolveNode(schema);
  const nulls = isNullable(node) ? 1 : 0;
  if (node.enum !== undefined) {
    const values = new Set(node.enum.map(canonicalJson));
    return values.size + (values.has('null') ? 0 : nulls);
  }
  if (node.type === 'boolean') return 2 + nulls;
  return undefined;
}
