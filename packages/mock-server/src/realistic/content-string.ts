/**
 * Strings that carry content (2020-12's `contentMediaType` and
 * `contentEncoding`): a JSON text for a JSON media type, then encoded as
 * the schema says (`base64` of the content's UTF-8 bytes, …).
 */
import type { SchemaObject } from '@circleci-kit/spec-loader';
import { fitsScalar } from '../_internals/fits.ts';
import type { Place } from './place.ts';
import { vocabularyValue } from './vocabulary.ts';

/** `application/json`, `application/problem+json`, with or without parameters. */
const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const base64 = (text: string): string => btoa(String.fromCharCode(...utf8(text)));

/**
 * Text encoded as `contentEncoding` names it: RFC 4648's base64, base64url
 * and base16 of its UTF-8 bytes; RFC 2045's 7bit, 8bit, binary and
 * quoted-printable leave the plain ASCII content as it is.
 */
const ENCODINGS: Readonly<Record<string, (text: string) => string>> = {
  base64,
  base64url: (text) => base64(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
  base16: (text) => [...utf8(text)].map((byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join(''),
  '7bit': (text) => text,
  '8bit': (text) => text,
  binary: (text) => text,
  'quoted-printable': (text) => text,
};

/**
 * The string a schema with `contentMediaType` or `contentEncoding` holds at
 * this place: the content is the place's vocabulary word, as a JSON text
 * (`"main"`) for a JSON media type, then encoded. `undefined` when the
 * schema declares neither, names an encoding this does not know, or the
 * result does not fit the schema's lengths or pattern (the caller then
 * draws a plain string).
 *
 * @example
 * contentStringAt({ type: 'string', contentMediaType: 'application/json', contentEncoding: 'base64' }, place);
 * // place.name 'branch' → 'Im1haW4i' (base64 of "main" in quotes)
 */
export function contentStringAt(schema: SchemaObject, place: Place): string | undefined {
  const { contentMediaType: mediaType, contentEncoding: encoding } = schema;
  if (mediaType === undefined && encoding === undefined) return undefined;
  const word = vocabularyValue(place);
  const content = mediaType !== undefined && JSON_MEDIA_TYPE.test(mediaType) ? JSON.stringify(word) : word;
  const encode = encoding === undefined ? (text: string) => text : ENCODINGS[encoding.toLowerCase()];
  const text = encode?.(content);
  return text !== undefined && fitsScalar(text, schema) ? text : undefined;
}
