import { describeInput } from './_internals/describe-input.ts';

/**
 * Why a slug, URL or git config was refused.
 *
 * - `NOT_A_STRING`: the input was not a string (or, where accepted, a `{ vcs, org, project }` object);
 * - `EMPTY`: the input was empty or only whitespace;
 * - `TOO_FEW_SEGMENTS` / `TOO_MANY_SEGMENTS`: the wrong number of `/`-separated segments;
 * - `UNKNOWN_VCS`: the first segment is not `gh`, `github`, `bb`, `bitbucket` or `circleci` (any case);
 * - `INVALID_ORG` / `INVALID_PROJECT`: an organization or repository name that is empty or uses
 *   characters other than letters, digits, `.`, `-` and `_` (or is exactly `.` or `..`);
 * - `INVALID_ID`: a `circleci/…` segment that is not a CircleCI id (see {@link isCircleciId});
 * - `UNSUPPORTED_URL`: a URL that names no CircleCI project;
 * - `REMOTE_NOT_FOUND`: the git config has no such remote, or the remote has no `url`;
 * - `NO_GIT_REPOSITORY` / `NO_GIT_CONFIG` (`findGitConfig`): no `.git` in the folder or above it,
 *   or a `.git` that leads to no readable config.
 *
 * @example
 * const code: SlugErrorCode = 'UNKNOWN_VCS';
 */
export type SlugErrorCode =
  | 'NOT_A_STRING'
  | 'EMPTY'
  | 'TOO_FEW_SEGMENTS'
  | 'TOO_MANY_SEGMENTS'
  | 'UNKNOWN_VCS'
  | 'INVALID_ORG'
  | 'INVALID_PROJECT'
  | 'INVALID_ID'
  | 'UNSUPPORTED_URL'
  | 'REMOTE_NOT_FOUND'
  | 'NO_GIT_REPOSITORY'
  | 'NO_GIT_CONFIG';

/**
 * The only error this package throws. It carries a machine-readable `code`, the
 * offending `input` (credentials in URLs redacted, long inputs shortened) and a
 * message that says what to write instead.
 *
 * @example
 * try {
 *   parseProjectSlug('gl/my-group/my-project');
 * } catch (error) {
 *   if (error instanceof SlugError && error.code === 'UNKNOWN_VCS') console.error(error.message);
 * }
 */
export class SlugError extends Error {
  /** What went wrong, for programs to branch on. */
  readonly code: SlugErrorCode;
  /** The offending input, redacted and shortened; non-strings are described by their type. */
  readonly input: string;

  /**
   * @param code - what went wrong.
   * @param input - the offending input, any value; it is redacted and described, never stringified.
   * @param reason - what is wrong and what to write instead.
   */
  constructor(code: SlugErrorCode, input: unknown, reason: string) {
    const shown = describeInput(input);
    super(`${reason} (got ${shown})`);
    this.name = 'SlugError';
    this.code = code;
    this.input = shown;
  }
}
