// Helpers shared by the slug tests (not a test file itself).
import { inspect } from 'node:util';
import { SlugError } from '../../src/index.ts';

/** Runs `fn` and returns what it threw, or `undefined`. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** The `code` of the SlugError `fn` throws, or a description of what happened instead. */
export function errorCode(fn: () => unknown): string {
  const error = thrown(fn);
  if (error === undefined) return 'no error';
  return error instanceof SlugError ? error.code : `not a SlugError: ${inspect(error)}`;
}
