import { isCircleciId, UUID_PATTERN } from '../circleci-id.ts';
import { SlugError } from '../slug-error.ts';
import type { Vcs } from '../vcs.ts';

const VCS_WORDS: Readonly<Record<string, Vcs>> = {
  gh: 'gh',
  github: 'gh',
  bb: 'bb',
  bitbucket: 'bb',
  circleci: 'circleci',
};

const NAME_PATTERN = /^[A-Za-z0-9._-]+$/;

/** Maps any accepted spelling of a VCS (any case) to its short form, or throws `UNKNOWN_VCS`. */
export function resolveVcs(word: string, input: unknown): Vcs {
  const lower = /^[A-Za-z]+$/.test(word) ? word.toLowerCase() : '';
  const vcs = Object.hasOwn(VCS_WORDS, lower) ? VCS_WORDS[lower] : undefined;
  if (vcs !== undefined) return vcs;
  if (lower === 'gl' || lower === 'gitlab') {
    throw new SlugError(
      'UNKNOWN_VCS',
      input,
      'GitLab projects have no "gl/" slug: use circleci/<orgId>/<projectId>, with the organization ID from Organization Settings and the project ID from Project Settings',
    );
  }
  throw new SlugError(
    'UNKNOWN_VCS',
    input,
    'the first segment must name the VCS: gh, github, bb, bitbucket or circleci (e.g. gh/<org>/<repo>)',
  );
}

/**
 * Checks one organization or project segment for its VCS and returns its
 * canonical spelling (UUIDs in lower case). Names use letters, digits, `.`, `-`
 * and `_` and are not `.` or `..`; repository names do not end in `.git` (that
 * suffix is dropped when parsing, so such a name could not round-trip);
 * `circleci` segments are CircleCI ids.
 */
export function checkSegment(vcs: Vcs, position: 'org' | 'project', value: string, input: unknown): string {
  const code = position === 'org' ? 'INVALID_ORG' : 'INVALID_PROJECT';
  const what = position === 'org' ? 'organization' : 'project';
  if (value === '') throw new SlugError(code, input, `the ${what} segment is empty`);
  if (vcs === 'circleci') {
    if (!isCircleciId(value)) {
      throw new SlugError(
        'INVALID_ID',
        input,
        `circleci slugs name the ${what} by its id: 20 to 22 letters and digits, or a UUID, as shown in ${position === 'org' ? 'Organization' : 'Project'} Settings`,
      );
    }
    return UUID_PATTERN.test(value) ? value.toLowerCase() : value;
  }
  if (!NAME_PATTERN.test(value) || value === '.' || value === '..') {
    throw new SlugError(
      code,
      input,
      `the ${what} name may use only letters, digits, ".", "-" and "_" (and is not "." or "..")`,
    );
  }
  if (position === 'project' && value.endsWith('.git')) {
    throw new SlugError(
      code,
      input,
      'a repository name does not end in ".git" (one ".git" suffix is dropped, not two)',
    );
  }
  return value;
}

/**
 * Trims surrounding whitespace and one trailing slash, then splits on `/`;
 * throws `EMPTY` for nothing left.
 */
export function splitSlug(text: string, input: unknown): string[] {
  const trimmed = text.trim();
  if (trimmed === '') throw new SlugError('EMPTY', input, 'expected a slug such as gh/<org>/<repo>, got nothing');
  return (trimmed.endsWith('/') ? trimmed.slice(0, -1) : trimmed).split('/');
}
