import { SpecError } from '../spec-error.js';
import { toPointer } from './json-pointer.js';

/**
 * How deeply a document may nest objects and arrays. CircleCI's published
 * specs nest at most 21 levels; the loader's walkers (normalize, dereference,
 * canonical JSON, the validator) recurse, so a limit far above any real spec
 * and far below the call stack keeps a hostile document from overflowing it.
 */
export const MAX_DEPTH = 256;

/**
 * Refuses a value nested deeper than {@link MAX_DEPTH}, with `TOO_DEEP` and
 * the pointer of the first place past the limit. It recurses no deeper than
 * the limit, so it cannot overflow the stack itself; the pointer is built
 * only when it throws.
 */
export function checkDepth(value: unknown, source: string, limit: number = MAX_DEPTH): void {
  const path: (string | number)[] = [];
  const enter = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
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
        path.push(index);
        enter(node[index]);
        path.pop();
      }
      return;
    }
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      path.push(key);
      enter(record[key]);
      path.pop();
    }
  };
  enter(value);
}
