import { parseOrgSlug, toPath, type ProjectSlugParts } from '@circleci-kit/slug';
import type { ParameterSpec } from '../operation-spec.ts';
import { encodePathSegment, isDotSegment } from '../path-segment.ts';

/** A path value after encoding, or the reason it could not be encoded. */
export type PathValue = { ok: true; text: string } | { ok: false; message: string };

function isParts(value: unknown): value is ProjectSlugParts {
  if (value === null || typeof value !== 'object') return false;
  const { vcs, org, project } = value as Record<string, unknown>;
  return typeof vcs === 'string' && typeof org === 'string' && typeof project === 'string';
}

function orgPath(text: string): string {
  const { vcs, org } = parseOrgSlug(text);
  return [vcs, org].map(encodePathSegment).join('/');
}

/** A slug parameter's text, or `undefined` when the value is no slug of its kind. */
function slugPath(parameter: ParameterSpec, value: unknown): string | undefined {
  if (parameter.slug === 'project' && (typeof value === 'string' || isParts(value))) return toPath(value);
  return typeof value === 'string' ? orgPath(value) : undefined;
}

/** One segment: its encoding, or why no URL can carry it. */
function segment(text: string): PathValue {
  if (text === '') return { ok: false, message: 'an empty path value would leave an empty segment (`//`)' };
  if (isDotSegment(text)) {
    return {
      ok: false,
      message: `\`${text}\` cannot be sent as a path segment: URL parsers resolve it (fetch's even when written \`%2E\`), so the request would reach another route`,
    };
  }
  return { ok: true, text: encodePathSegment(text) };
}

/**
 * The text of one path parameter. Slug parameters go through
 * `@circleci-kit/slug` (each segment encoded, joined with a literal `/`, a
 * parsed slug accepted as well as a string); any other value, and an org id
 * given for `org-slug-or-id`, is one segment ({@link encodePathSegment}). An
 * empty value and the dot segments `.` and `..` are refused: no encoding
 * carries them through fetch to the route called.
 */
export function pathValue(parameter: ParameterSpec, value: unknown): PathValue {
  // org-or-id: an id is one segment; anything with a slash is an org slug.
  const isId = parameter.slug === 'org-or-id' && typeof value === 'string' && !value.includes('/');
  if (!parameter.slug || isId) return segment(String(value));
  try {
    const text = slugPath(parameter, value);
    if (text !== undefined) return { ok: true, text };
    return { ok: false, message: `expected a ${parameter.slug === 'project' ? 'project' : 'org'} slug string` };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
