/**
 * Sites of the content keywords (see `content.ts`): near misses that break
 * exactly one of `contentEncoding` and `contentMediaType`.
 */
import fc from 'fast-check';
import type { SchemaObject } from '../types.ts';
import { contentAssertion } from './content.ts';
import { lengths, MORE_BYTES } from './content-strings.ts';
import { here, type Site } from './site.ts';

/** Characters drawn beyond the fewest a length allows. */
const MORE_CHARACTERS = 8;

const utf8 = new TextEncoder();
const ALPHANUMERIC: string = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LOWERCASE: string = 'abcdefghijklmnopqrstuvwxyz';
const alphanumeric = fc.constantFrom(...ALPHANUMERIC);
const lowercase = fc.constantFrom(...LOWERCASE);

/**
 * Sites of the content keywords, for a node without `format` or `pattern`
 * (the caller's to see to: a near miss could break those too), each
 * keeping the lengths:
 *
 * - `contentEncoding`: letters and digits with one character outside the
 *   encoding's alphabet (`-` or `_` in base64, `+` or `/` in base64url);
 * - `contentMediaType` (JSON): `{` and letters, which no JSON text is,
 *   encoded when an encoding is asserted.
 */
export function contentSites(node: SchemaObject): Site[] {
  const { encoding, json } = contentAssertion(node.contentEncoding, node.contentMediaType);
  const { minLength, maxLength } = lengths(node);
  const shortest = Math.max(1, minLength);
  const longest = Math.min(maxLength, shortest + MORE_CHARACTERS);
  const sites: Site[] = [];
  if (encoding !== undefined && shortest <= longest) {
    const strings = fc
      .integer({ min: shortest, max: longest })
      .chain((length) =>
        fc.tuple(
          fc.string({ unit: alphanumeric, minLength: length - 1, maxLength: length - 1 }),
          fc.nat({ max: length - 1 }),
          fc.constantFrom(...encoding.nearMisses),
        ),
      )
      .map(([rest, at, miss]) => `${rest.slice(0, at)}${miss}${rest.slice(at)}`);
    sites.push({ arbitrary: strings.map(here('contentEncoding')), rootKeyword: 'contentEncoding' });
  }
  if (json) {
    const text = (length: number): fc.Arbitrary<string> =>
      fc.string({ unit: lowercase, minLength: length - 1, maxLength: length - 1 }).map((rest) => `{${rest}`);
    let strings: fc.Arbitrary<string> | undefined;
    if (encoding === undefined) {
      if (shortest <= longest) strings = fc.integer({ min: shortest, max: longest }).chain(text);
    } else {
      const { low, high } = encoding.byteCounts(minLength, maxLength);
      const fewest = Math.max(1, low);
      if (fewest <= high) {
        strings = fc
          .integer({ min: fewest, max: Math.min(high, fewest + MORE_BYTES) })
          .chain(text)
          .map((value) => encoding.encode(utf8.encode(value)));
      }
    }
    if (strings !== undefined)
      sites.push({ arbitrary: strings.map(here('contentMediaType')), rootKeyword: 'contentMediaType' });
  }
  return sites;
}
