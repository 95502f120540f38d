import type { Vcs } from './vcs.ts';

declare const orgSlugBrand: unique symbol;

/**
 * An organization slug in its canonical form: `gh/<org>`, `bb/<org>` or
 * `circleci/<orgId>`.
 *
 * @example
 * const slug: OrgSlug = parseOrgSlug('github/CircleCI-Public').slug; // 'gh/CircleCI-Public'
 */
export type OrgSlug = string & { readonly [orgSlugBrand]: true };

/**
 * A parsed organization slug.
 *
 * @example
 * const parsed: ParsedOrgSlug = parseOrgSlug('bb/atlassian');
 * // { vcs: 'bb', org: 'atlassian', slug: 'bb/atlassian' }
 */
export interface ParsedOrgSlug {
  /** The VCS, short spelling. */
  readonly vcs: Vcs;
  /** The organization name, or the organization id for `circleci`. */
  readonly org: string;
  /** The canonical slug, `<vcs>/<org>`. */
  readonly slug: OrgSlug;
}
