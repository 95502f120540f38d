/**
 * Plausible keys for an object that declares no properties, only
 * `additionalProperties`: pipeline parameters, pipeline values, a job's
 * `requires`, policy names.
 */
import type { SchemaObject } from '@circleci-kit/spec-loader';
import { hashAt, type Place } from './place.ts';
import { uuidAt } from './tokens.ts';
import { ENVIRONMENTS, PARAMETER_KEYS, PIPELINE_VALUE_KEYS, POLICIES } from './word-lists.ts';

/** Key lists by the normalized name of the map, or by its schema title (lower case). */
const BY_NAME: Readonly<Record<string, readonly string[]>> = {
  parameters: PARAMETER_KEYS,
  trigger_parameters: PARAMETER_KEYS,
  pipeline_parameters: PARAMETER_KEYS,
  pipelinevalues: PIPELINE_VALUE_KEYS,
  policies: POLICIES,
  environments: ENVIRONMENTS,
};

/** True when the map's values are (arrays of) objects with a `content` property: a policy bundle. */
function holdsPolicies(values: SchemaObject | undefined): boolean {
  const item = values?.items ?? values;
  return item?.properties?.content !== undefined;
}

/**
 * `count` distinct keys for the map at `place`: consecutive entries of its
 * key list, from an offset drawn by the seed; uuids for `requires` (jobs
 * are keyed by id).
 *
 * @example
 * mapKeys(place, undefined, { type: 'boolean' }, 2); // place.name 'parameters' → e.g. ['branch', 'run_integration_tests']
 */
export function mapKeys(
  place: Place,
  title: string | undefined,
  values: SchemaObject | undefined,
  count: number,
): string[] {
  if (place.name === 'requires') return Array.from({ length: count }, (_, i) => uuidAt(place, `key${i}`));
  const list =
    BY_NAME[place.name] ?? BY_NAME[(title ?? '').toLowerCase()] ?? (holdsPolicies(values) ? POLICIES : PARAMETER_KEYS);
  const start = hashAt(place, 'keys') % list.length;
  return Array.from({ length: Math.min(count, list.length) }, (_, i) => list[(start + i) % list.length]!);
}
