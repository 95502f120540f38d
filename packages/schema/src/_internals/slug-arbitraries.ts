/**
 * Realistic project and org slugs, written by `@circleci-kit/slug`.
 */
import { formatProjectSlug, parseOrgSlug, parseProjectSlug, slugParameterKind } from '@circleci-kit/slug';
import fc from 'fast-check';

interface SlugArbitraries {
  orgName: fc.Arbitrary<string>;
  repoName: fc.Arbitrary<string>;
  projectSlug: fc.Arbitrary<string>;
  orgSlug: fc.Arbitrary<string>;
}

/**
 * The slug arbitraries, built on first use: fast-check does real work to
 * build a `stringMatching` arbitrary, a cost that a program loading this
 * package only to validate should not pay.
 */
let built: SlugArbitraries | undefined;
function slugArbitraries(): SlugArbitraries {
  if (built !== undefined) return built;
  /** An organization or user name as GitHub and Bitbucket allow them. */
  const orgName: fc.Arbitrary<string> = fc
    .stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,14}$/)
    .filter((s) => !s.endsWith('-'));
  /** A repository name. */
  const repoName: fc.Arbitrary<string> = fc
    .stringMatching(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,19}$/)
    .filter((s) => s !== '.' && s !== '..');
  /** A CircleCI id: a UUID or a base58-style short id. */
  const circleciId: fc.Arbitrary<string> = fc.oneof(fc.uuid(), fc.stringMatching(/^[1-9A-HJ-NP-Za-km-z]{22}$/));

  /** Project slugs in every accepted form: `gh/…`, `bb/…`, `github/…`, `bitbucket/…`, `circleci/<org id>/<project id>`. */
  const projectSlug: fc.Arbitrary<string> = fc
    .oneof(
      fc.record({
        vcs: fc.constantFrom('gh', 'bb'),
        org: orgName,
        project: repoName,
        style: fc.constantFrom('short' as const, 'long' as const),
      }),
      fc.record({
        vcs: fc.constant('circleci'),
        org: circleciId,
        project: circleciId,
        style: fc.constant('short' as const),
      }),
    )
    .map(({ style, ...parts }) => {
      try {
        const slug = formatProjectSlug(parts, { vcs: style });
        parseProjectSlug(slug);
        return slug;
      } catch {
        return undefined;
      }
    })
    .filter((slug): slug is string => slug !== undefined);

  /** Org slugs: `gh/org`, `github/org`, `bb/org`, `bitbucket/org`, `circleci/<org id>`. */
  const orgSlug: fc.Arbitrary<string> = fc
    .oneof(
      fc.tuple(fc.constantFrom('gh', 'bb', 'github', 'bitbucket'), orgName).map(([vcs, org]) => `${vcs}/${org}`),
      circleciId.map((id) => `circleci/${id}`),
    )
    .filter((slug) => {
      try {
        parseOrgSlug(slug);
        return true;
      } catch {
        return false;
      }
    });
  built = { orgName, repoName, projectSlug, orgSlug };
  return built;
}

/** The slug arbitrary for a slug parameter (per `slugParameterKind`), or a name for a slug's part, or `undefined`. */
export function slugArbitraryFor(name: string): fc.Arbitrary<string> | undefined {
  const kind = slugParameterKind(name);
  const { orgName, repoName, projectSlug, orgSlug } = slugArbitraries();
  if (kind === 'project') return projectSlug;
  if (kind === 'org-or-id') return fc.oneof(orgSlug, fc.uuid());
  if (kind === 'org') return orgSlug;
  // The three-segment routes' parts: realistic names, not slugs.
  const lower = name.toLowerCase();
  if (lower === 'organization') return orgName;
  if (lower === 'project') return repoName;
  return undefined;
}
