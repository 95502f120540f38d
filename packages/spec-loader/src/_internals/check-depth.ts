import { SpecError } from '../spec-error.ts';
import { toPointer } from './json-pointer.ts';

/**
 * How deeply a document may nest objects and arrays. CircleCI's published
 * specs nest at most 21 levels; the loader's walkers (normalize, dereference,
 * canonical JSON, the validator) recurse, so a limit far above any real spec
 * and far below the call stack keeps a hostile document from overflowing it.
 */
export const MAX_DEPTH = 256;

/**
 * A value `canonicalJson` writes without complaint: a string, a boolean, a
 * finite number, null, or undefined (left out of an object, null in an array).
 */
function isPlainLeaf(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'undefined':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      return value === null;
    case 'bigint':
    case 'function':
    case 'symbol':
      return false;
  }
}

/** What {@link checkDepth} learns about a value it accepts. */
export interface DocumentShape {
  /**
   * Every value in it is plain JSON data (a string, a boolean, a finite
   * number or null): `canonicalJson` cannot throw on it, and the loader need
   * not write it just to find out.
   */
  plain: boolean;
  /**
   * A `$ref` names another file or a URL (its value does not start with
   * `#`). Literal data (`example`, `default`…) is searched too, so this may
   * say yes where no ref is followed, never no where one is.
   */
  refersToOtherFiles: boolean;
}

/**
 * Refuses a value nested deeper than {@link MAX_DEPTH}, with `TOO_DEEP` and
 * the pointer of the first place past the limit (objects and arrays visited
 * depth first, each before its children, keys in their own order). It stops
 * at the limit, so it recurses no deeper than that and cannot overflow the
 * stack itself; and as no cycle is finite, a value it accepts has none.
 *
 * Returns what the same walk learns on the way: whether every other value
 * is plain JSON data, and whether a `$ref` names another file.
 */
export function checkDepth(value: unknown, source: string, limit: number = MAX_DEPTH): DocumentShape {
  const path: Array<string | number> = [];
  let plain = true;
  let refersToOtherFiles = false;
  const enter = (node: object): void => {
    if (path.length >= limit) {
      const pointer = toPointer(path);
      throw new SpecError({
        code: 'TOO_DEEP',
        message: `the document nests objects and arrays more than ${limit} levels deep (at ${pointer || '/'}); no OpenAPI document needs that`,
        source,
        pointer,
      });
    }
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        const item: unknown = node[index];
        if (typeof item === 'object' && item !== null) {
          path.push(index);
          enter(item);
          path.pop();
        } else if (plain && !isPlainLeaf(item)) plain = false;
      }
      return;
    }
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (typeof item === 'object' && item !== null) {
        path.push(key);
        enter(item);
        path.pop();
      } else {
        if (plain && !isPlainLeaf(item)) plain = false;
        if (key === '$ref' && typeof item === 'string' && !item.startsWith('#')) refersToOtherFiles = true;
      }
    }
  };
  if (typeof value === 'object' && value !== null) enter(value);
  else plain = value !== undefined && isPlainLeaf(value);
  return { plain, refersToOtherFiles };
}
