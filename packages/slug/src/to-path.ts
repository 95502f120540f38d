import { resolveProjectSlug } from './_internals/resolve-project-slug.ts';
import type { ProjectSlugInput } from './project-slug.ts';

/**
 * The slug for a URL path such as `/api/v2/project/{project-slug}/pipeline`:
 * the canonical slug with each segment percent-encoded on its own and joined
 * with literal `/`, the form CircleCI's docs and curl examples use. Names and
 * ids allow only letters, digits, `.`, `-` and `_`, which need no encoding, and
 * `.` and `..` (dot segments a URL parser would remove) are refused, so the
 * path is the canonical slug itself; encoding each segment keeps that true
 * should the rules ever widen.
 *
 * @throws {SlugError} when the slug is invalid.
 *
 * @example
 * `https://circleci.com/api/v2/project/${toPath('github/CircleCI-Public/circleci-cli')}/pipeline`;
 * // 'https://circleci.com/api/v2/project/gh/CircleCI-Public/circleci-cli/pipeline'
 */
export function toPath(slug: ProjectSlugInput): string {
  const { vcs, org, project } = resolveProjectSlug(slug);
  return [vcs, org, project].map(encodeURIComponent).join('/');
}
