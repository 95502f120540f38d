import { resolveProjectSlug } from './_internals/resolve-project-slug.ts';
import type { ProjectSlugInput } from './project-slug.ts';
import type { Vcs } from './vcs.ts';

/**
 * The three path parameters of the `/project/{provider}/{organization}/{project}`
 * routes. Values are not percent-encoded (the request builder encodes path
 * parameters); valid slugs need no encoding anyway.
 *
 * @example
 * const segments: ProjectSegments = { provider: 'gh', organization: 'CircleCI-Public', project: 'circleci-cli' };
 */
export interface ProjectSegments {
  /** The VCS, short spelling (`gh`, `bb`, `circleci`), which those routes accept. */
  readonly provider: Vcs;
  /** The organization name or id. */
  readonly organization: string;
  /** The repository name or project id. */
  readonly project: string;
}

/**
 * Splits a project slug, in any accepted form or as parts, into the separate
 * path parameters of the `/project/{provider}/{organization}/{project}` routes.
 *
 * @throws {SlugError} when the slug is invalid.
 *
 * @example
 * toSegments('github/CircleCI-Public/circleci-cli');
 * // { provider: 'gh', organization: 'CircleCI-Public', project: 'circleci-cli' }
 */
export function toSegments(slug: ProjectSlugInput): ProjectSegments {
  const { vcs, org, project } = resolveProjectSlug(slug);
  return { provider: vcs, organization: org, project };
}
