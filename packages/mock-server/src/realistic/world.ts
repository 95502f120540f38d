/**
 * The organization, project and person a value belongs to, so that the
 * slugs, names and URLs of one response tell the same story.
 */
import { mix } from '../_internals/hash.ts';
import { pickForObject, type Place } from './place.ts';
import { ORGANIZATIONS, PEOPLE, PROJECTS, type Person } from './word-lists.ts';

/** The VCS prefix of every slug: the vocabulary speaks of GitHub. */
export const VCS_PREFIX = 'gh';

/**
 * The organization of this place: one per seed, except that a list of
 * organizations gives each item its own.
 */
export function organizationAt(place: Place): string {
  const step = place.owner?.kind === 'organization' ? place.owner.item : 0;
  return ORGANIZATIONS[(mix(place.seed, 0x0a) + step) % ORGANIZATIONS.length]!;
}

/** The project of this place: one per seed, except that a list of projects gives each item its own. */
export function projectAt(place: Place): string {
  const step = place.owner?.kind === 'project' ? place.owner.item : 0;
  return PROJECTS[(mix(place.seed, 0x0b) + step) % PROJECTS.length]!;
}

/** The person an object describes: the same for every property of that object. */
export function personAt(place: Place): Person {
  return pickForObject(PEOPLE, place, 'person');
}

/** The project slug, e.g. `gh/acme/widgets`. */
export function projectSlugAt(place: Place): string {
  return `${VCS_PREFIX}/${organizationAt(place)}/${projectAt(place)}`;
}

/** The organization slug, e.g. `gh/acme`. */
export function organizationSlugAt(place: Place): string {
  return `${VCS_PREFIX}/${organizationAt(place)}`;
}
