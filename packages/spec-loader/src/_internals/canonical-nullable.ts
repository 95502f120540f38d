import type { Rewrite } from '../types.ts';
import { toPointer } from '../json-pointer.ts';
import type { WalkPath } from './walk-objects.ts';

/** The keywords that combine other schemas: beside them, `nullable` says what the combination alone may not. */
const COMBINING = ['$ref', 'allOf', 'anyOf', 'oneOf', 'not'];

/**
 * Gives "may be null" one spelling in the internal form, whichever way the
 * document said it, so that two documents that mean the same are the same:
 *
 * - a typed nullable schema lists `null` in its `enum` only through
 *   `nullable` (a `null` entry beside other values goes);
 * - an untyped schema that combines nothing allows `null` already: its
 *   `nullable` goes, and an `enum` it has lists `null` instead.
 */
export function canonicalNullable(node: Record<string, unknown>, path: WalkPath, rewrites: Rewrite[]): void {
  if (node.nullable !== true) return;
  const enumeration = Array.isArray(node.enum) ? (node.enum as unknown[]) : undefined;
  if (node.type !== undefined) {
    if (enumeration?.includes(null) && enumeration.some((value) => value !== null)) {
      node.enum = enumeration.filter((value) => value !== null);
      rewrites.push({
        kind: 'nullable-form',
        pointer: toPointer(path),
        message: 'null left out of the enum of a nullable schema: nullable already allows it',
      });
    }
    return;
  }
  if (COMBINING.some((keyword) => keyword in node)) return;
  delete node.nullable;
  if (enumeration !== undefined && !enumeration.includes(null)) node.enum = [...enumeration, null];
  rewrites.push({
    kind: 'nullable-form',
    pointer: toPointer(path),
    message:
      enumeration === undefined
        ? 'nullable removed from a schema without type: it allows null already'
        : 'nullable of a schema without type written as null in its enum',
  });
}
