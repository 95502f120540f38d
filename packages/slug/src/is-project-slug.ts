import { parseProjectText } from './_internals/parse-project-text.ts';
import type { ProjectSlug } from './project-slug.ts';

/**
 * Whether a value is a project slug in canonical form (what
 * {@link parseProjectSlug} returns as `slug`): short VCS, valid org and
 * project, no whitespace, trailing slash or `.git`, UUIDs in lower case.
 * Other accepted forms such as `github/org/repo` are not canonical: parse them.
 *
 * @example
 * isProjectSlug('gh/CircleCI-Public/circleci-cli'); // true
 * isProjectSlug('github/CircleCI-Public/circleci-cli'); // false: not canonical
 * isProjectSlug(42); // false
 */
export function isProjectSlug(value: unknown): value is ProjectSlug {
  if (typeof value !== 'string') return false;
  try {
    return parseProjectText(value, value).slug === value;
  } catch {
    return false;
  }
}
