import { SpecError } from '../spec-error.js';
import { escapeToken } from './json-pointer.js';

/**
 * How deeply a document may nest objects and arrays. CircleCI's published
 * specs nest at most 21 levels; the loader's walkers (normalize, dereference,
 * canonical JSON, the validator) recurse, so a limit far above any real spec
 * and far below the call stack keeps a hostile document from overflowing it.
 */
export const MAX_DEPTH = 256;

/**
 * Refuses a value nested deeper than {@link MAX_DEPTH}, with `TOO_DEEP` and
 * the pointer of the first place past the limit. Iterative, so it cannot
 * overflow the stack itself.
 */
export function checkDepth(value: unknown, source: string, limit: number = MAX_DEPTH): void {
  const stack: Array<{ node: unknown; depth: number; pointer: string }> = [{ node: value, depth: 0, pointer: '' }];
  while (stack.length > 0) {
    const { node, depth, pointer } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= limit) {
      throw new SpecError({
        code: 'TOO_DEEP',
        message: `the document nests objects and arrays more than ${limit} levels deep (at ${pointer || '/'}); no OpenAPI document needs that`,
        source,
        pointer,
      });
    }
    if (Array.isArray(node)) {
      node.forEach((child, index) => stack.push({ node: child, depth: depth + 1, pointer: `${pointer}/${index}` }));
    } else {
      for (const [key, child] of Object.entries(node)) {
        stack.push({ node: child, depth: depth + 1, pointer: `${pointer}/${escapeToken(key)}` });
      }
    }
  }
}
