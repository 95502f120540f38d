/**
 * A string for a schema at a place: content first (`contentMediaType`,
 * `contentEncoding`), then by format (uuid, dates, email, uri), else from
 * the vocabulary; kept only when it fits the schema's
 * pattern and lengths, else fitted or drawn from the pattern.
 */
import { sample } from '@circleci-kit/schema';
import type { SchemaObject } from '@circleci-kit/spec-loader';
import { contentStringAt } from './content-string.ts';
import { dateAt, dateTimeAt } from './dates.ts';
import { fitsScalar } from '../_internals/fits.ts';
import { hashAt, type Place } from './place.ts';
import { hexAt, uuidAt } from './tokens.ts';
import { urlAt } from './urls.ts';
import { vocabularyValue } from './vocabulary.ts';

/** The vocabulary's value when it is already a URL, else a URL by the place. */
function uriAt(place: Place): string {
  const word = vocabularyValue(place);
  return /^https:\/\/[^\s]+$/.test(word) ? word : urlAt(place);
}

/** Strings by format; the formats the validators do not check fall through to the vocabulary. */
const BY_FORMAT: Readonly<Record<string, (place: Place) => string>> = {
  uuid: uuidAt,
  'date-time': dateTimeAt,
  date: dateAt,
  uri: uriAt,
  url: uriAt,
  email: (place) => vocabularyValue({ ...place, name: 'email' }),
};

/** The candidate cut or padded to the schema's lengths: cut at `maxLength`, or hex digits when it is too short. */
function fitLength(candidate: string, schema: SchemaObject, place: Place): string {
  const chars = [...candidate];
  if (schema.maxLength !== undefined && chars.length > schema.maxLength) {
    return chars.slice(0, schema.maxLength).join('').trimEnd();
  }
  if (schema.minLength !== undefined && chars.length < schema.minLength) {
    // A fixed-length string of that size reads as a digest.
    return hexAt(place, schema.maxLength ?? schema.minLength);
  }
  return candidate;
}

/**
 * A realistic string for the (resolved, non-union) schema at this place.
 * Falls back to the schema package's generator (fast-check's
 * `stringMatching` for a pattern) when nothing realistic fits.
 *
 * @example
 * stringAt({ type: 'string', format: 'uuid' }, place); // → e.g. '8f14e45f-ceea-467a-9575-3a5b2b1f0c1d'
 * stringAt({ type: 'string' }, place); // place.name 'branch' → 'main'
 */
export function stringAt(schema: SchemaObject, place: Place): string {
  const content = contentStringAt(schema, place);
  if (content !== undefined) return content;
  const byFormat = schema.format === undefined ? undefined : BY_FORMAT[schema.format];
  const candidate = byFormat?.(place) ?? vocabularyValue(place);
  if (fitsScalar(candidate, schema)) return candidate;
  if (schema.pattern === undefined) {
    const fitted = fitLength(candidate, schema, place);
    if (fitsScalar(fitted, schema)) return fitted;
  }
  // Drawn through `sample` rather than fast-check itself: fast-check is a runtime dependency of the schema package only.
  const { pattern, minLength, maxLength, format } = schema;
  const bare: SchemaObject = { type: 'string' };
  if (pattern !== undefined) bare.pattern = pattern;
  if (minLength !== undefined) bare.minLength = minLength;
  if (maxLength !== undefined) bare.maxLength = maxLength;
  if (format !== undefined) bare.format = format;
  return sample(bare, hashAt(place, 'pattern'), { useExample: false }) as string;
}
