import { parseOrgSlug, toPath, type ProjectSlugParts } from '@circleci-kit/slug';
import type { ParameterSpec } from '../operation-spec.js';

/** A path value after encoding, or the reason it could not be encoded. */
export type PathValue = { ok: true; text: string } | { ok: false; message: string };

function isParts(value: unknown): value is ProjectSlugParts {
  if (value === null || typeof value !== 'object') return false;
  const { vcs, org, project } = value as Record<string, unknown>;
  return typeof vcs === 'string' && typeof org === 'string' && typeof project === 'string';
}

function orgPath(text: string): string {
  const { vcs, org } = parseOrgSlug(text);
  return [vcs, org].map(encodeURIComponent).join('/');
}

function slugPath(parameter: ParameterSpec, value: unknown): string | undefined {
  if (parameter.slug === 'project' && (typeof value === 'string' || isParts(value))) return toPath(value);
  if (typeof value !== 'string') return undefined;
  if (parameter.slug === 'org') return orgPath(value);
  // org-or-id: an id is one segment; anything with a slash is an org slug.
  return value.includes('/') ? orgPath(value) : encodeURIComponent(value);
}

/**
 * The text of one path parameter. Slug parameters go through
 * `@circleci-kit/slug` (each segment encoded, joined with a literal `/`, a
 * parsed slug accepted as well as a string); any other value is
 * percent-encoded as a whole.
 */
export function pathValue(parameter: ParameterSpec, value: unknown): PathValue {
  if (parameter.slug) {
    try {
      const text = slugPath(parameter, value);
      if (text !== undefined) return { ok: true, text };
      return { ok: false, message: `expected a ${parameter.slug === 'project' ? 'project' : 'org'} slug string` };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }
  return { ok: true, text: encodeURIComponent(String(value)) };
}
