import { parseProjectText } from './_internals/parse-project-text.ts';
import type { ParsedProjectSlug } from './project-slug.ts';
import { SlugError } from './slug-error.ts';

/**
 * Parses a project slug in any form people write it:
 *
 * - `gh/<org>/<repo>`, `github/<org>/<repo>`, `bb/<org>/<repo>`, `bitbucket/<org>/<repo>`;
 * - `circleci/<orgId>/<projectId>` (GitLab, GitHub App and standalone projects), ids
 *   being short ids or UUIDs (see {@link isCircleciId});
 * - the VCS word in any case; org and repo keep theirs; UUIDs come out in lower case;
 * - surrounding whitespace, one trailing slash and one `.git` suffix on the last segment are dropped.
 *
 * Errors are checked in this order: not a string (`NOT_A_STRING`), nothing
 * (`EMPTY`), a single segment (`TOO_FEW_SEGMENTS`), the VCS word (`UNKNOWN_VCS`;
 * `gl/` points to the `circleci/` form), the segment count
 * (`TOO_FEW_SEGMENTS`, `TOO_MANY_SEGMENTS`), then the org and the project
 * (`INVALID_ORG`, `INVALID_PROJECT`, `INVALID_ID` for `circleci` ids).
 *
 * @param input - the slug as pasted.
 * @returns its parts and the canonical short `slug`.
 * @throws {SlugError} for anything else, and nothing else for any input.
 *
 * @example
 * parseProjectSlug(' GitHub/CircleCI-Public/circleci-cli.git/ ');
 * // { vcs: 'gh', org: 'CircleCI-Public', project: 'circleci-cli', slug: 'gh/CircleCI-Public/circleci-cli' }
 */
export function parseProjectSlug(input: string): ParsedProjectSlug {
  if (typeof input !== 'string') throw new SlugError('NOT_A_STRING', input, 'expected the slug as a string');
  return parseProjectText(input, input);
}
