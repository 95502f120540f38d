/**
 * The `contentEncoding` and `contentMediaType` values the validators assert
 * (JSON Schema 2020-12 makes both annotations, and lets a validator opt in
 * to asserting them): which ones, how each is checked, and the checks as
 * plain functions for the arbitraries, which must agree with the keywords
 * in `content-keywords.ts`.
 */

/** An encoding the validators check: the strings it allows, and how to turn bytes into them and back. */
export interface ContentEncoding {
  /** The encoding's name, as `contentEncoding` writes it (lower case). */
  name: string;
  /** Every string of the encoding, and nothing else (source of a regular expression, no flags). */
  pattern: string;
  /** Characters outside the alphabet that look like they belong: the near misses of the invalid mode. */
  nearMisses: readonly string[];
  /** The bytes as a string of this encoding. */
  encode(bytes: Uint8Array): string;
  /** The length of the encoded form of `count` bytes. */
  encodedLength(count: number): number;
  /** The fewest and most bytes whose encoded form is within `[minLength, maxLength]`; `low > high` when none is. */
  byteCounts(minLength: number, maxLength: number): { low: number; high: number };
  /**
   * True for the URL-safe alphabet (`-_` for `+/`): decoding swaps them
   * back before `atob`, in {@link decodeContent} and in the validators' code.
   */
  urlSafe: boolean;
}

const binaryString = (bytes: Uint8Array): string => String.fromCharCode(...bytes);
/** Base64 (RFC 4648 §4) with its padding, as `btoa` writes it. */
const base64 = (bytes: Uint8Array): string => btoa(binaryString(bytes));

/**
 * The encodings that are asserted, by lower-case name. Others (`7bit`,
 * `quoted-printable`, `binary`, …) stay annotations.
 *
 * - `base64`: RFC 4648 §4, the `+/` alphabet, padded with `=` to a multiple
 *   of 4 characters; no line breaks or spaces.
 * - `base64url`: RFC 4648 §5, the `-_` alphabet, padding optional (it is
 *   usually left out, as in JWTs); never a length of 4k + 1.
 */
export const CONTENT_ENCODINGS: ReadonlyMap<string, ContentEncoding> = new Map([
  [
    'base64',
    {
      name: 'base64',
      pattern: '^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$',
      nearMisses: ['-', '_', '!', ' '],
      encode: base64,
      encodedLength: (count) => 4 * Math.ceil(count / 3),
      byteCounts: (minLength, maxLength) => ({
        low: minLength <= 0 ? 0 : Math.max(0, 3 * Math.ceil(minLength / 4) - 2),
        high: Math.floor(maxLength / 4) * 3,
      }),
      urlSafe: false,
    },
  ],
  [
    'base64url',
    {
      name: 'base64url',
      pattern: '^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}(?:==)?|[A-Za-z0-9_-]{3}=?)?$',
      nearMisses: ['+', '/', '!', ' '],
      encode: (bytes) => base64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
      encodedLength: (count) => Math.ceil((4 * count) / 3),
      byteCounts: (minLength, maxLength) => ({
        low: minLength <= 0 ? 0 : Math.floor((3 * (minLength - 1)) / 4) + 1,
        high: Math.floor((3 * maxLength) / 4),
      }),
      urlSafe: true,
    },
  ],
]);

/** The asserted encoding named by a `contentEncoding` value (case-insensitive), if any. */
export function contentEncodingOf(value: unknown): ContentEncoding | undefined {
  return typeof value === 'string' ? CONTENT_ENCODINGS.get(value.toLowerCase()) : undefined;
}

/** True for `application/json` and any `+json` type (`application/problem+json`), parameters ignored. */
export function isJsonMediaType(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const type = value.split(';')[0]!.trim().toLowerCase();
  return (
    type === 'application/json' || (/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type) && type.endsWith('+json'))
  );
}

/** What the validators assert about a string's content; both `undefined`/`false` for a plain string. */
export interface ContentAssertion {
  /** The encoding the string must be in. */
  encoding?: ContentEncoding;
  /** Whether the (decoded) content must be JSON: a JSON media type, not under an encoding left unchecked. */
  json: boolean;
}

/**
 * What is asserted for these `contentEncoding` and `contentMediaType`
 * values. A JSON media type under an encoding that is not asserted is not
 * asserted either: the content cannot be decoded to be checked.
 */
export function contentAssertion(contentEncoding: unknown, contentMediaType: unknown): ContentAssertion {
  const encoding = contentEncodingOf(contentEncoding);
  const json = isJsonMediaType(contentMediaType) && (contentEncoding === undefined || encoding !== undefined);
  return encoding === undefined ? { json } : { encoding, json };
}

/** True when the schema's content keywords assert anything. */
export function assertsContent(schema: { contentEncoding?: string; contentMediaType?: string }): boolean {
  const { encoding, json } = contentAssertion(schema.contentEncoding, schema.contentMediaType);
  return encoding !== undefined || json;
}

/** Decodes a string that matches the encoding's `pattern` into a binary string (one character per byte). */
export function decodeContent(encoding: ContentEncoding, text: string): string {
  return atob(encoding.urlSafe ? text.replace(/-/g, '+').replace(/_/g, '/') : text);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a binary string (one character per byte) read as UTF-8; throws when it is not UTF-8. */
export function utf8Text(binary: string): string {
  return utf8.decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** True when `text` is JSON. */
function isJsonText(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A check of a string against what the content keywords assert, made the
 * way the validators make it: the encoding's alphabet and length, then the
 * decoded content (UTF-8) parsed as JSON.
 */
export function contentCheck(assertion: ContentAssertion): (s: string) => boolean {
  const { encoding, json } = assertion;
  const regex = encoding === undefined ? undefined : new RegExp(encoding.pattern, 'u');
  return (s) => {
    if (regex !== undefined && !regex.test(s)) return false;
    if (!json) return true;
    if (encoding === undefined) return isJsonText(s);
    try {
      return isJsonText(utf8Text(decodeContent(encoding, s)));
    } catch {
      return false;
    }
  };
}

/** The content keywords in words, e.g. `contentEncoding base64, contentMediaType application/json`. */
export function describeContent(schema: { contentEncoding?: string; contentMediaType?: string }): string {
  const { encoding, json } = contentAssertion(schema.contentEncoding, schema.contentMediaType);
  const words: string[] = [];
  if (encoding !== undefined) words.push(`contentEncoding ${encoding.name}`);
  if (json) words.push(`contentMediaType ${String(schema.contentMediaType)}`);
  return words.join(', ');
}
