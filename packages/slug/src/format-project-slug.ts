import { resolveProjectSlug } from './_internals/resolve-project-slug.ts';
import type { ProjectSlugInput } from './project-slug.ts';
import { LONG_VCS, type VcsStyle } from './vcs.ts';

/**
 * Options of {@link formatProjectSlug}.
 *
 * @example
 * const options: FormatProjectSlugOptions = { vcs: 'long' };
 */
export interface FormatProjectSlugOptions {
  /**
   * How to spell the VCS: `short` (`gh`, `bb`) or `long` (`github`, `bitbucket`).
   *
   * @default 'short'
   * @example
   * formatProjectSlug('gh/org/repo', { vcs: 'long' }); // 'github/org/repo'
   */
  readonly vcs?: VcsStyle;
}

/**
 * Writes a project slug, given in any accepted form or as parts, with the VCS
 * in the short or the long spelling. The parts are checked as
 * {@link parseProjectSlug} checks them, so the result always parses back to the
 * same slug.
 *
 * @throws {SlugError} when the slug or its parts are invalid.
 *
 * @example
 * formatProjectSlug({ vcs: 'gh', org: 'CircleCI-Public', project: 'circleci-cli' }, { vcs: 'long' });
 * // 'github/CircleCI-Public/circleci-cli'
 * formatProjectSlug('bitbucket/atlassian/python-bitbucket'); // 'bb/atlassian/python-bitbucket'
 */
export function formatProjectSlug(slug: ProjectSlugInput, options: FormatProjectSlugOptions = {}): string {
  const parsed = resolveProjectSlug(slug);
  if (options.vcs !== 'long') return parsed.slug;
  return `${LONG_VCS[parsed.vcs]}/${parsed.org}/${parsed.project}`;
}
