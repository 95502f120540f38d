/**
 * Realistic https URLs by property name: avatars, repositories, pull
 * requests, CircleCI pages, artifacts and webhook receivers.
 */
import { between, betweenForObject, pickForObject, type Place } from './place.ts';
import { uuidAt } from './tokens.ts';
import { organizationAt, personAt, projectAt, projectSlugAt } from './world.ts';
import { ARTIFACT_PATHS } from './word-lists.ts';

type UrlRule = (place: Place) => string;

/** The pull request number of the object a place is in (its `review_id` and `review_url` agree). */
export function pullRequestAt(place: Place): number {
  return betweenForObject(place, 10, 400, 'review');
}

const repository: UrlRule = (place) => `https://github.com/${organizationAt(place)}/${projectAt(place)}`;

/** URLs by normalized property name. */
const BY_NAME: Readonly<Record<string, UrlRule>> = {
  avatar_url: (place) => `https://avatars.githubusercontent.com/u/${personAt(place).accountId}`,
  vcs_url: repository,
  external_url: repository,
  target_repository_url: repository,
  origin_repository_url: repository,
  git_url: (place) => `${repository(place)}.git`,
  review_url: (place) => `${repository(place)}/pull/${pullRequestAt(place)}`,
  web_url: (place) => `https://circleci.com/${projectSlugAt(place)}/${between(place, 1, 900, 'job')}`,
  prefix: (place) => `https://raw.githubusercontent.com/${organizationAt(place)}/orbs/main/`,
  download_urls: (place) =>
    `https://circleci-usage-exports.s3.amazonaws.com/${organizationAt(place)}/${uuidAt(place)}.csv.gz`,
};

/** URLs by the kind of object they are a property of. */
const BY_KIND: Readonly<Partial<Record<string, UrlRule>>> = {
  artifact: (place) =>
    `https://output.circle-artifacts.com/output/job/${uuidAt(place, 'job')}/artifacts/0/${pickForObject(ARTIFACT_PATHS, place, 'artifact')}`,
  webhook: (place) => `https://hooks.${organizationAt(place)}.example/circleci`,
};

/**
 * A URL for this place: by the property's name, else by the object it is
 * in, else a CircleCI project page such as `https://circleci.com/gh/acme/widgets/42`.
 */
export function urlAt(place: Place): string {
  const rule = BY_NAME[place.name] ?? BY_KIND[place.owner?.kind ?? 'other'];
  return rule?.(place) ?? `https://circleci.com/${projectSlugAt(place)}/${between(place, 1, 900, 'build')}`;
}
