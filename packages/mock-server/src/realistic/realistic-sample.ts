/**
 * Realistic response bodies: values a person testing a CircleCI
 * integration recognises (logins, project slugs, commit shas, dates in
 * order), the same for the same seed, and always valid for the schema.
 */
import { sample, type Validator } from '@circleci-kit/schema';
import type { SchemaObject } from '@circleci-kit/spec-loader';
import { validatorFor } from '../_internals/fits.ts';
import { generateValue } from './generate-value.ts';
import { rootPlace } from './place.ts';

/** Options of {@link realisticSample}. */
export interface RealisticSampleOptions {
  /**
   * The validator of the whole schema (e.g. from `createValidators(spec).response(…)`).
   * @default the schema's response validator, compiled once per schema object
   */
  validate?: Validator;
}

/**
 * A value for the schema a person would recognise, the same for the same seed.
 *
 * - The schema's own `example` (at any level) when it fits; in arrays, only
 *   the first item uses examples, so items differ.
 * - Enums, union branches, booleans and numbers drawn by a hash of the seed
 *   and the value's path; numbers plausible for their name, inside the bounds.
 * - Strings by format (uuid, date-time near the mock's clock, date, uri,
 *   email), else from a vocabulary by property name (`login` → `jdoe`,
 *   `project_slug` → `gh/acme/widgets`, `revision` → 40 hex digits, …); the
 *   organization, project and person of one body agree with each other.
 * - Objects get every declared property (the required ones at any depth);
 *   maps with no declared property get one or two plausible keys; arrays
 *   one to three items; untyped values one scalar type.
 * - Dates inside each object in lifecycle order (created ≤ queued ≤
 *   started ≤ updated ≤ stopped).
 *
 * When the result does not validate (`options.validate`, else the schema's
 * compiled response validator), the answer is `sample(schema, seed)` from
 * `@circleci-kit/schema` instead, so it is always valid. Throws a
 * `SchemaError` only when the schema is unsatisfiable.
 *
 * @example
 * ```ts
 * const user = spec.operations.get('getCurrentUser')!.responses['200']!.content['application/json']!.schema!;
 * realisticSample(user, 7);
 * // → { avatar_url: 'https://avatars.githubusercontent.com/u/4211', id: '…', login: 'wchen', name: 'Wei Chen' }
 * ```
 */
export function realisticSample(schema: SchemaObject, seed: number, options: RealisticSampleOptions = {}): unknown {
  const validate = options.validate ?? validatorFor(schema);
  let value: unknown;
  try {
    value = generateValue(schema, rootPlace(seed));
  } catch {
    value = undefined;
  }
  if (value !== undefined && validate(value).valid) return value;
  return sample(schema, seed, { useExample: true });
}
