/**
 * The VCS of a slug, in its short canonical spelling: `gh` (GitHub OAuth),
 * `bb` (Bitbucket) or `circleci` (GitLab, GitHub App and standalone projects,
 * named by ids).
 *
 * @example
 * const vcs: Vcs = 'gh';
 */
export type Vcs = 'gh' | 'bb' | 'circleci';

/**
 * How to spell the VCS when formatting: `short` (`gh`, `bb`) or `long`
 * (`github`, `bitbucket`). `circleci` is the same in both.
 *
 * @example
 * formatProjectSlug('gh/org/repo', { vcs: 'long' }); // 'github/org/repo'
 */
export type VcsStyle = 'short' | 'long';

/**
 * The long spelling of each VCS.
 *
 * @example
 * LONG_VCS.gh; // 'github'
 */
export const LONG_VCS: Readonly<Record<Vcs, string>> = Object.freeze({
  gh: 'github',
  bb: 'bitbucket',
  circleci: 'circleci',
});
