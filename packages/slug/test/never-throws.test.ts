import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  fromPath,
  parseOrgSlug,
  parseProjectSlug,
  slugFromGitConfig,
  slugFromUrl,
  SlugError,
  type SlugErrorCode,
} from '../src/index.ts';
import { slugLikeString } from './support/arbitraries.ts';

const CODES: readonly SlugErrorCode[] = [
  'NOT_A_STRING',
  'EMPTY',
  'TOO_FEW_SEGMENTS',
  'TOO_MANY_SEGMENTS',
  'UNKNOWN_VCS',
  'INVALID_ORG',
  'INVALID_PROJECT',
  'INVALID_ID',
  'UNSUPPORTED_URL',
  'REMOTE_NOT_FOUND',
];

/** The slug parsers proper, held to the 10⁵ runs. */
const SLUG_PARSERS: ReadonlyArray<(input: string) => unknown> = [parseProjectSlug, parseOrgSlug, fromPath];

/** The URL and git-config readers, slower per call (URL parsing), held to 2·10⁴ runs. */
const SOURCE_READERS: ReadonlyArray<(input: string) => unknown> = [
  slugFromUrl,
  (input) => slugFromGitConfig(input),
  (input) => slugFromGitConfig(`[remote "origin"]\n\turl = ${input}\n`),
];

/** A predicate: every function, called on the input, either returns or throws a SlugError with a known code. */
function throwsOnlySlugErrors(functions: ReadonlyArray<(input: string) => unknown>): (input: unknown) => boolean {
  return (input) =>
    functions.every((fn) => {
      try {
        fn(input as string);
        return true;
      } catch (error) {
        return error instanceof SlugError && CODES.includes(error.code);
      }
    });
}

const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), slugLikeString);

describe('nothing but SlugError is thrown', () => {
  it('by parseProjectSlug, parseOrgSlug and fromPath, for any string (10⁵ runs)', () => {
    fc.assert(fc.property(anyString, throwsOnlySlugErrors(SLUG_PARSERS)), { seed: 341, numRuns: 100_000 });
  });

  it('by slugFromUrl and slugFromGitConfig, for any string (2·10⁴ runs)', () => {
    fc.assert(fc.property(anyString, throwsOnlySlugErrors(SOURCE_READERS)), { seed: 343, numRuns: 20_000 });
  });

  it('by every function, for any value', () => {
    fc.assert(fc.property(fc.anything(), throwsOnlySlugErrors([...SLUG_PARSERS, ...SOURCE_READERS])), {
      seed: 342,
      numRuns: 2_000,
    });
  });
});
