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
} from '../src/index.js';
import { slugLikeString } from './arbitraries.js';

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

const PARSERS: readonly ((input: string) => unknown)[] = [
  parseProjectSlug,
  parseOrgSlug,
  fromPath,
  slugFromUrl,
  (input) => slugFromGitConfig(input),
  (input) => slugFromGitConfig(`[remote "origin"]\n\turl = ${input}\n`),
];

/** Whether every parser, called on `input`, either returns or throws a SlugError with a known code. */
function throwsOnlySlugErrors(input: unknown): boolean {
  return PARSERS.every((parse) => {
    try {
      parse(input as string);
      return true;
    } catch (error) {
      return error instanceof SlugError && CODES.includes(error.code);
    }
  });
}

describe('parsers throw nothing but SlugError', () => {
  it('for any string (10⁵ runs)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), slugLikeString), throwsOnlySlugErrors),
      { seed: 341, numRuns: 100_000 },
    );
  });

  it('for any value', () => {
    fc.assert(fc.property(fc.anything(), throwsOnlySlugErrors), { seed: 342, numRuns: 2_000 });
  });
});
