import type { Vcs } from './vcs.ts';

declare const projectSlugBrand: unique symbol;

/**
 * A project slug in its canonical form: short VCS (`gh`, `bb`, `circleci`),
 * no `.git`, no trailing slash, no whitespace, UUIDs in lower case. Only
 * {@link parseProjectSlug} and friends make one; {@link isProjectSlug} checks one.
 *
 * @example
 * const slug: ProjectSlug = parseProjectSlug('github/CircleCI-Public/circleci-cli').slug;
 * // 'gh/CircleCI-Public/circleci-cli'
 */
export type ProjectSlug = string & { readonly [projectSlugBrand]: true };

/**
 * A parsed project slug: its three parts and the canonical `slug`.
 *
 * @example
 * const parsed: ParsedProjectSlug = parseProjectSlug('gh/CircleCI-Public/circleci-cli');
 * // { vcs: 'gh', org: 'CircleCI-Public', project: 'circleci-cli', slug: 'gh/CircleCI-Public/circleci-cli' }
 */
export interface ParsedProjectSlug {
  /** The VCS, short spelling. */
  readonly vcs: Vcs;
  /** The organization name, or the organization id for `circleci`. */
  readonly org: string;
  /** The repository name, or the project id for `circleci`. */
  readonly project: string;
  /** The canonical slug, `<vcs>/<org>/<project>`. */
  readonly slug: ProjectSlug;
}

/**
 * The parts of a project slug given separately; `vcs` may use any accepted
 * spelling (`gh`, `GitHub`, `bitbucket`, …). A {@link ParsedProjectSlug} is one.
 *
 * @example
 * const parts: ProjectSlugParts = { vcs: 'github', org: 'CircleCI-Public', project: 'circleci-cli' };
 */
export interface ProjectSlugParts {
  readonly vcs: string;
  readonly org: string;
  readonly project: string;
}

/**
 * What functions that take a project slug accept: a slug string in any accepted
 * form, or its parts.
 *
 * @example
 * const input: ProjectSlugInput = 'bitbucket/atlassian/python-bitbucket';
 */
export type ProjectSlugInput = string | ProjectSlugParts;
