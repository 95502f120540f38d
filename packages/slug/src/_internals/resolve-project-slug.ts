import type { ParsedProjectSlug, ProjectSlugInput } from '../project-slug.ts';
import { SlugError } from '../slug-error.ts';
import { buildProjectSlug, parseProjectText } from './parse-project-text.ts';

/**
 * Reads a slug string in any accepted form, or `{ vcs, org, project }` parts,
 * into a parsed slug. Never throws anything but {@link SlugError}, whatever it is given
 * (property getters that throw included).
 */
export function resolveProjectSlug(input: ProjectSlugInput): ParsedProjectSlug {
  if (typeof input === 'string') return parseProjectText(input, input);
  const parts = readParts(input);
  if (parts === undefined) {
    throw new SlugError('NOT_A_STRING', input, 'expected a slug string or { vcs, org, project } strings');
  }
  const [vcs, org, project] = parts;
  return buildProjectSlug(vcs, org, project, `${vcs}/${org}/${project}`);
}

function readParts(input: unknown): [string, string, string] | undefined {
  try {
    if (typeof input !== 'object' || input === null) return undefined;
    const { vcs, org, project } = input as Record<string, unknown>;
    return typeof vcs === 'string' && typeof org === 'string' && typeof project === 'string'
      ? [vcs, org, project]
      : undefined;
  } catch {
    return undefined;
  }
}
