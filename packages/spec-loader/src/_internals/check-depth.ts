import { SpecError } from '../spec-error.js';
import { toPointer } from './json-pointer.js';
import { walkJson } from './walk-objects.js';

/**
 * How deeply a document may nest objects and arrays. CircleCI's published
 * specs nest at most 21 levels; the loader's walkers (normalize, dereference,
 * canonical JSON, the validator) recurse, so a limit far above any real spec
 * and far below the call stack keeps a hostile document from overflowing it.
 */
export const MAX_DEPTH = 256;

const NOTHING_SKIPPED: ReadonlySet<string> = new Set();

/**
 * Refuses a value nested deeper than {@link MAX_DEPTH}, with `TOO_DEEP` and
 * the pointer of the first place past the limit. It stops at the limit, so it
 * recurses no deeper than that and cannot overflow the stack itself.
 */
export function checkDepth(value: unknown, source: string, limit: number = MAX_DEPTH): void {
  walkJson(value, NOTHING_SKIPPED, (_node, path) => {
    if (path.length < limit) return;
    const pointer = toPointer(path);
    throw new SpecError({
      code: 'TOO_DEEP',
      message: `the document nests objects and arrays more than ${limit} levels deep (at ${pointer || '/'}); no OpenAPI document needs that`,
      source,
      pointer,
    });
  });
}
