import type { ParsedProjectSlug, ProjectSlug } from '../project-slug.ts';
import { SlugError } from '../slug-error.ts';
import type { Vcs } from '../vcs.ts';
import { checkSegment, resolveVcs, splitSlug } from './segments.ts';

const FORMS = 'expected <vcs>/<org>/<repo> such as gh/CircleCI-Public/circleci-cli, or circleci/<orgId>/<projectId>';

/** Builds a parsed slug from its parts, checking each; `input` is what errors report. */
export function buildProjectSlug(vcsWord: string, org: string, project: string, input: unknown): ParsedProjectSlug {
  const vcs: Vcs = resolveVcs(vcsWord, input);
  const canonicalOrg = checkSegment(vcs, 'org', org, input);
  const canonicalProject = checkSegment(vcs, 'project', project, input);
  return {
    vcs,
    org: canonicalOrg,
    project: canonicalProject,
    slug: `${vcs}/${canonicalOrg}/${canonicalProject}` as ProjectSlug,
  };
}

/**
 * Parses the text of a project slug; `input` is what errors report (the
 * original text, or the URL or path it came from).
 */
export function parseProjectText(text: string, input: unknown): ParsedProjectSlug {
  const segments = splitSlug(text, input);
  const [first = '', org = '', last = ''] = segments;
  if (segments.length === 1) {
    const hint = /%2F/i.test(first) ? ' (this looks percent-encoded: read it with fromPath)' : '';
    throw new SlugError('TOO_FEW_SEGMENTS', input, `only one segment: ${FORMS}${hint}`);
  }
  resolveVcs(first, input);
  if (segments.length === 2) throw new SlugError('TOO_FEW_SEGMENTS', input, `only two segments: ${FORMS}`);
  if (segments.length > 3) {
    throw new SlugError('TOO_MANY_SEGMENTS', input, `${segments.length} segments where three belong: ${FORMS}`);
  }
  const project = last.endsWith('.git') ? last.slice(0, -'.git'.length) : last;
  return buildProjectSlug(first, org, project, input);
}
