import { checkSegment, resolveVcs, splitSlug } from './_internals/segments.ts';
import type { OrgSlug, ParsedOrgSlug } from './org-slug.ts';
import { SlugError } from './slug-error.ts';

const FORMS = 'expected <vcs>/<org> such as gh/CircleCI-Public, or circleci/<orgId>';

/**
 * Parses an organization slug: `gh/<org>`, `github/<org>`, `bb/<org>`,
 * `bitbucket/<org>` or `circleci/<orgId>`, with the same leniency and error
 * codes as {@link parseProjectSlug} (surrounding whitespace and one trailing
 * slash dropped, the VCS word in any case).
 *
 * @param input - the org slug as pasted.
 * @throws {SlugError} for anything else, and nothing else for any input.
 *
 * @example
 * parseOrgSlug('GitHub/CircleCI-Public'); // { vcs: 'gh', org: 'CircleCI-Public', slug: 'gh/CircleCI-Public' }
 * parseOrgSlug('circleci/43G3lM5RtfFE7v5sa4nWAU').vcs; // 'circleci'
 */
export function parseOrgSlug(input: string): ParsedOrgSlug {
  if (typeof input !== 'string') throw new SlugError('NOT_A_STRING', input, 'expected the org slug as a string');
  const segments = splitSlug(input, input);
  const [first = '', org = ''] = segments;
  if (segments.length === 1) throw new SlugError('TOO_FEW_SEGMENTS', input, `only one segment: ${FORMS}`);
  const vcs = resolveVcs(first, input);
  if (segments.length > 2) {
    throw new SlugError('TOO_MANY_SEGMENTS', input, `${segments.length} segments where two belong: ${FORMS}`);
  }
  const canonical = checkSegment(vcs, 'org', org, input);
  return { vcs, org: canonical, slug: `${vcs}/${canonical}` as OrgSlug };
}
