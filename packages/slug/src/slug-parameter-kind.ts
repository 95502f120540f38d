/**
 * Which parameters of the CircleCI API carry a slug: the one place that
 * decides it, for the request builder, the router, the mock, the conformance
 * checks and the data generators alike.
 */

/**
 * The kind of slug a parameter holds: `project` is `<vcs>/<org>/<project>`,
 * `org` is `<vcs>/<org>`, and `org-or-id` is an org slug or an org's id
 * (one segment, a UUID).
 */
export type SlugParameterKind = 'project' | 'org' | 'org-or-id';

const KINDS: ReadonlyMap<string, SlugParameterKind> = new Map([
  ['project-slug', 'project'],
  ['project_slug', 'project'],
  ['org-slug', 'org'],
  ['org_slug', 'org'],
  ['owner-slug', 'org'],
  ['org-slug-or-id', 'org-or-id'],
]);

/**
 * The slug kind of a parameter, from its name as the spec writes it (any
 * case), or `undefined` when the parameter holds no slug. Every version of
 * CircleCI's spec names its slug parameters `project-slug`, `org-slug`,
 * `owner-slug` (the owner of a context) or `org-slug-or-id`.
 *
 * @example
 * slugParameterKind('project-slug'); // 'project'
 * slugParameterKind('owner-slug'); // 'org'
 * slugParameterKind('org-slug-or-id'); // 'org-or-id'
 * slugParameterKind('pipeline-id'); // undefined
 */
export function slugParameterKind(name: string): SlugParameterKind | undefined {
  return KINDS.get(name.toLowerCase());
}
