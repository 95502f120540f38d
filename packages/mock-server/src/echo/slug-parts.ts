/**
 * The parts of a project or organization slug that response fields echo.
 */
import { parseOrgSlug, parseProjectSlug, UUID_PATTERN } from '@circleci-kit/slug';

/**
 * A part of a slug parameter's value: the canonical slug, the VCS's name
 * (`github`), the organization's name, slug or id, the project's name or id.
 * Names (and the repository's URL) are known for `gh/…` and `bb/…` slugs,
 * ids for `circleci/…` slugs.
 */
export type SlugPart = 'slug' | 'vcs' | 'org-name' | 'org-slug' | 'org-id' | 'project-name' | 'project-id' | 'repo-url';

const REPO_HOSTS = { gh: 'https://github.com', bb: 'https://bitbucket.org' } as const;

const VCS_NAMES = { gh: 'github', bb: 'bitbucket', circleci: 'circleci' } as const;

/**
 * The part of a canonical slug value (`gh/acme/widgets`, `gh/acme`, or an
 * organization id), or `undefined` when the value does not carry it (the
 * name of a project named by id).
 *
 * @example
 * slugPart('project', 'gh/acme/widgets', 'org-name'); // → 'acme'
 * slugPart('project', 'circleci/8a1c…/f3b2…', 'project-id'); // → 'f3b2…'
 */
export function slugPart(kind: 'project' | 'org' | 'org-or-id', value: string, part: SlugPart): string | undefined {
  if (kind === 'project') {
    const slug = parseProjectSlug(value);
    const named = slug.vcs !== 'circleci';
    switch (part) {
      case 'slug':
        return slug.slug;
      case 'vcs':
        return VCS_NAMES[slug.vcs];
      case 'org-slug':
        return `${slug.vcs}/${slug.org}`;
      case 'org-name':
        return named ? slug.org : undefined;
      case 'project-name':
        return named ? slug.project : undefined;
      case 'org-id':
        return named ? undefined : slug.org;
      case 'project-id':
        return named ? undefined : slug.project;
      case 'repo-url':
        return slug.vcs === 'circleci' ? undefined : `${REPO_HOSTS[slug.vcs]}/${slug.org}/${slug.project}`;
    }
  }
  if (kind === 'org-or-id' && UUID_PATTERN.test(value)) return part === 'org-id' ? value.toLowerCase() : undefined;
  const org = parseOrgSlug(value);
  const named = org.vcs !== 'circleci';
  switch (part) {
    case 'slug':
    case 'org-slug':
      return org.slug;
    case 'vcs':
      return VCS_NAMES[org.vcs];
    case 'org-name':
      return named ? org.org : undefined;
    case 'org-id':
      return named ? undefined : org.org;
    case 'project-name':
    case 'project-id':
    case 'repo-url':
      return undefined;
  }
}
