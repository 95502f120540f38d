/**
 * What an object describes (a person, a project, a job, …), guessed from
 * its schema title, the property it sits under and its keys, so that its
 * `name`, `slug` and the like read right.
 */

/** What an object describes. */
export type ObjectKind =
  | 'person'
  | 'organization'
  | 'project'
  | 'workflow'
  | 'job'
  | 'context'
  | 'restriction'
  | 'env-var'
  | 'schedule'
  | 'webhook'
  | 'test'
  | 'policy'
  | 'group'
  | 'pipeline-definition'
  | 'pipeline-config'
  | 'environment'
  | 'component'
  | 'component-version'
  | 'orb-allow-entry'
  | 'label'
  | 'artifact'
  | 'other';

/** By the schema's `title`, lower case without spaces. */
const BY_TITLE: Readonly<Record<string, ObjectKind>> = {
  user: 'person',
  collaboration: 'organization',
  project: 'project',
  workflow: 'workflow',
  job: 'job',
  jobdetails: 'job',
  context: 'context',
  environmentvariable: 'env-var',
  schedule: 'schedule',
  webhook: 'webhook',
  pipelineconfig: 'pipeline-config',
};

/** By the (normalized) name of the property the object sits under. */
const BY_PARENT: Readonly<Record<string, ObjectKind>> = {
  actor: 'person',
  user: 'person',
  organization: 'organization',
  project: 'project',
  latest_workflow: 'workflow',
  contexts: 'context',
  labels: 'label',
  webhook: 'webhook',
};

type KeyTest = (keys: ReadonlySet<string>) => boolean;
const has =
  (...names: string[]): KeyTest =>
  (keys) =>
    names.every((name) => keys.has(name));
const hasAny =
  (...names: string[]): KeyTest =>
  (keys) =>
    names.some((name) => keys.has(name));
const exactly =
  (...names: string[]): KeyTest =>
  (keys) =>
    keys.size === names.length && names.every((name) => keys.has(name));

/** By the object's keys, first match wins. */
const BY_KEYS: ReadonlyArray<readonly [KeyTest, ObjectKind]> = [
  [has('login'), 'person'],
  [has('classname'), 'test'],
  [has('restriction_type'), 'restriction'],
  [has('timetable'), 'schedule'],
  [has('signing_secret'), 'webhook'],
  [has('config_source'), 'pipeline-definition'],
  [has('compiled'), 'pipeline-config'],
  [has('release_count'), 'component'],
  [has('is_live'), 'component-version'],
  [has('prefix', 'auth'), 'orb-allow-entry'],
  [has('content', 'created_by'), 'policy'],
  [has('path', 'node_index'), 'artifact'],
  [hasAny('job_number', 'dependencies', 'approval_request_id', 'min_started_at'), 'job'],
  [has('pipeline_id', 'status'), 'workflow'],
  [has('metrics', 'project_id'), 'workflow'],
  [has('metrics', 'window_start'), 'job'],
  [has('vcs_type'), 'organization'],
  [hasAny('organization_slug', 'vcs_info'), 'project'],
  [exactly('name', 'value', 'created_at'), 'env-var'],
  [has('labels', 'description'), 'environment'],
  [exactly('id', 'name', 'description'), 'group'],
];

/**
 * What an object with this title, under this property, with these keys
 * (all names normalized) describes.
 *
 * @example
 * objectKind('User', '', new Set(['id', 'login', 'name'])); // → 'person'
 * objectKind(undefined, 'items', new Set(['name', 'value', 'created_at'])); // → 'env-var'
 */
export function objectKind(title: string | undefined, parent: string, keys: ReadonlySet<string>): ObjectKind {
  const byTitle = title === undefined ? undefined : BY_TITLE[title.toLowerCase().replaceAll(' ', '')];
  if (byTitle !== undefined) return byTitle;
  const byParent = BY_PARENT[parent];
  if (byParent !== undefined) return byParent;
  for (const [test, kind] of BY_KEYS) if (test(keys)) return kind;
  return 'other';
}
