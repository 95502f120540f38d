/**
 * The vocabulary: a realistic string for a property, by its name (and, for
 * `name`, `slug`, `type` and the like, by the object it is in). Every value
 * is plain ASCII without quotes, braces or control characters.
 */
import { dateTimeAt } from './dates.ts';
import type { ObjectKind } from './object-kind.ts';
import { between, nth, pick, pickForObject, type Place } from './place.ts';
import { alphanumericAt, fingerprintAt, hexAt, publicKeyAt, shaAt, uuidAt } from './tokens.ts';
import { pullRequestAt, urlAt } from './urls.ts';
import {
  AUDIENCES,
  ARTIFACT_PATHS,
  BRANCHES,
  COMMIT_BODIES,
  COMMIT_SUBJECTS,
  COMPONENTS,
  CONFIGS,
  CONTEXTS,
  DESCRIPTIONS,
  ENV_VARS,
  ENVIRONMENTS,
  FAILURES,
  GENERIC,
  GROUPS,
  JOBS,
  LABEL_KEYS,
  LABEL_VALUES,
  MESSAGES,
  NODE_VERSIONS,
  PIPELINE_DEFINITIONS,
  POLICIES,
  PROJECTS,
  REASONS,
  RESOURCE_CLASSES,
  SCHEDULES,
  TEST_CLASSES,
  TEST_FILES,
  TEST_RUNNERS,
  TESTS,
  TRIGGER_SOURCES,
  VERSIONS,
  WEBHOOKS,
  WORKFLOWS,
} from './word-lists.ts';
import { organizationAt, organizationSlugAt, personAt, projectAt, projectSlugAt } from './world.ts';

/** Gives the string for a place. */
type Rule = (place: Place) => string;

const fixed =
  (value: string): Rule =>
  () =>
    value;
const from =
  (list: readonly string[]): Rule =>
  (place) =>
    pick(list, place);
const kindOf = (place: Place): ObjectKind => place.owner?.kind ?? 'other';

const login: Rule = (place) => personAt(place).login;
const fullName: Rule = (place) => `${personAt(place).first} ${personAt(place).last}`;
const email: Rule = (place) => {
  const person = personAt(place);
  return `${person.first}.${person.last}@example.com`.toLowerCase();
};
const branch: Rule = (place) => nth(BRANCHES, place);
const config: Rule = from(CONFIGS);

/** `name` by the kind of object it names. */
const NAME_BY_KIND: Readonly<Record<ObjectKind, Rule>> = {
  person: fullName,
  organization: organizationAt,
  project: projectAt,
  workflow: from(WORKFLOWS),
  job: from(JOBS),
  context: from(CONTEXTS),
  restriction: projectAt,
  'env-var': from(ENV_VARS),
  schedule: from(SCHEDULES),
  webhook: from(WEBHOOKS),
  test: from(TESTS),
  policy: from(POLICIES),
  group: from(GROUPS),
  'pipeline-definition': from(PIPELINE_DEFINITIONS),
  'pipeline-config': from(GENERIC),
  environment: from(ENVIRONMENTS),
  component: from(COMPONENTS),
  'component-version': from(VERSIONS),
  'orb-allow-entry': (place) => `Allow URL orbs from ${organizationAt(place)}`,
  label: from(LABEL_KEYS),
  artifact: (place) => pickForObject(ARTIFACT_PATHS, place, 'artifact'),
  other: from(GENERIC),
};

/** A message: a test failure, an error's reason, or what an operation did. */
const messageAt: Rule = (place) => {
  if (kindOf(place) === 'test') return pick(FAILURES, place);
  if (['errors', 'messages', 'hard_failures', 'soft_failures'].includes(place.owner?.name ?? '')) {
    return pick(REASONS, place);
  }
  return pick(MESSAGES, place);
};

/** `type` (when a free string) by the name of the object it is in. */
const TYPE_BY_PARENT: Readonly<Record<string, string>> = {
  executor: 'docker',
  scope: 'project',
  messages: 'info',
  errors: 'config',
  trigger: 'webhook',
};

/**
 * Strings by normalized property name (lower case, `-` as `_`): the
 * vocabulary table.
 */
export const VOCABULARY: Readonly<Record<string, Rule>> = {
  // People.
  login,
  username: login,
  user_name: login,
  email,
  name: (place) => NAME_BY_KIND[kindOf(place)](place),
  full_name: (place) => (kindOf(place) === 'person' ? fullName(place) : `${organizationAt(place)}/${projectAt(place)}`),
  sender: fixed('github'),

  // Organizations, projects, slugs.
  organization_name: organizationAt,
  org_name: organizationAt,
  owner: organizationAt,
  username_or_org: organizationAt,
  project_name: from(PROJECTS),
  reponame: projectAt,
  repo_name: projectAt,
  repository: projectAt,
  all_projects: from(PROJECTS),
  slug: (place) => (kindOf(place) === 'organization' ? organizationSlugAt(place) : projectSlugAt(place)),
  project_slug: projectSlugAt,
  organization_slug: organizationSlugAt,
  org_slug: organizationSlugAt,

  // Version control.
  vcs_type: fixed('github'),
  provider: fixed('github'),
  provider_name: fixed('GitHub'),
  branch,
  branches: branch,
  all_branches: branch,
  default_branch: fixed('main'),
  pr_only_branch_overrides: branch,
  revision: shaAt,
  sha: shaAt,
  vcs_revision: shaAt,
  commit_sha: shaAt,
  tag: from(VERSIONS),
  release_tag: from(VERSIONS),
  version: from(VERSIONS),
  review_id: (place) => String(pullRequestAt(place)),
  subject: from(COMMIT_SUBJECTS),
  body: from(COMMIT_BODIES),
  checkout_ref: fixed('refs/heads/main'),
  config_ref: fixed('refs/heads/main'),
  file_path: fixed('.circleci/config.yml'),
  event_name: fixed('push'),
  external_id: (place) => String(between(place, 100_000_000, 999_999_999, 'repo')),

  // Pipelines, workflows, jobs, tests.
  job_name: from(JOBS),
  workflow_name: from(WORKFLOWS),
  workflow_names: from(WORKFLOWS),
  all_workflows: from(WORKFLOWS),
  test_name: from(TESTS),
  classname: from(TEST_CLASSES),
  file: from(TEST_FILES),
  result: from(['success', 'success', 'failure', 'skipped']),
  source: (place) => (kindOf(place) === 'pipeline-config' ? config(place) : pick(TEST_RUNNERS, place)),
  compiled: config,
  setup_config: config,
  compiled_setup_config: config,
  status: fixed('success'),
  type: (place) => TYPE_BY_PARENT[place.owner?.name ?? ''] ?? 'default',
  resource_class: from(RESOURCE_CLASSES),
  path: (place) => pickForObject(ARTIFACT_PATHS, place, 'artifact'),
  namespace: fixed('default'),
  rollback_type: fixed('PIPELINE'),
  node_version: from(NODE_VERSIONS),
  trigger_source: from(TRIGGER_SOURCES),

  // Words and sentences.
  message: messageAt,
  description: from(DESCRIPTIONS),
  reason: from(REASONS),
  error_reason: from(REASONS),
  subject_line: from(COMMIT_SUBJECTS),

  // Keys, secrets, tokens.
  key: (place) => (kindOf(place) === 'label' ? pickForObject(LABEL_KEYS, place, 'label') : fingerprintAt(place)),
  value: (place) =>
    kindOf(place) === 'label' ? pickForObject(LABEL_VALUES, place, 'label') : `xxxx${hexAt(place, 4)}`,
  fingerprint: fingerprintAt,
  public_key: publicKeyAt,
  signing_secret: (place) => `****${hexAt(place, 4)}`,
  variable: from(ENV_VARS),
  next_page_token: (place) => alphanumericAt(place, 24),
  page_token: (place) => alphanumericAt(place, 24),

  // Contexts, policies, OIDC, environments.
  context: from(CONTEXTS),
  contexts: from(CONTEXTS),
  restriction_value: uuidAt,
  rule: from(POLICIES),
  enabled_rules: from(POLICIES),
  created: from(POLICIES),
  deleted: from(POLICIES),
  modified: from(POLICIES),
  content: fixed('package org'),
  audience: from(AUDIENCES),
  ttl: fixed('1h'),
  environment: from(ENVIRONMENTS),
  component: from(COMPONENTS),
  group: from(GROUPS),
  id: uuidAt,
  url: urlAt,
  uri: urlAt,
  prefix: urlAt,
  timestamp: dateTimeAt,
};

/** Strings by the end of the property name, tried in order when the name has no entry. */
const BY_SUFFIX: ReadonlyArray<readonly [suffix: string, rule: Rule]> = [
  ['_url', urlAt],
  ['_urls', urlAt],
  ['_at', dateTimeAt],
  ['_id', uuidAt],
  ['_ids', uuidAt],
  ['_by', uuidAt],
  ['email', email],
  ['_slug', projectSlugAt],
  ['_sha', shaAt],
  ['_branch', branch],
  ['_message', from(MESSAGES)],
  ['_description', from(DESCRIPTIONS)],
  ['_reason', from(REASONS)],
];

/**
 * The vocabulary's string for a place, or a neutral word (`default`,
 * `primary`, …) when neither the name nor its ending has an entry.
 *
 * @example
 * vocabularyValue(place); // place.name 'login' → e.g. 'jdoe'
 * vocabularyValue(place); // place.name 'project_slug' → e.g. 'gh/acme/widgets'
 */
export function vocabularyValue(place: Place): string {
  const rule = VOCABULARY[place.name] ?? BY_SUFFIX.find(([suffix]) => place.name.endsWith(suffix))?.[1];
  return rule === undefined ? pick(GENERIC, place) : rule(place);
}
