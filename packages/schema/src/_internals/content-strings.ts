/**
 * Valid strings whose content the validators check (`contentEncoding`,
 * `contentMediaType`; see `content.ts`), built from bytes or JSON texts.
 */
import fc from 'fast-check';
import { SchemaError } from '../schema-error.ts';
import type { SchemaObject } from '../types.ts';
import { boundedFilter, drawsAtAll, MAX_TRIES } from './bounded-filter.ts';
import { assertsContent, contentAssertion, type ContentEncoding } from './content.ts';
import { describeStringKeywords, fitsStringKeywords } from './string-constraints.ts';

/** Bytes drawn beyond the fewest a length allows. */
export const MORE_BYTES = 24;
/** How deep the JSON texts drawn for JSON content go. */
const JSON_DEPTH = 2;

const utf8 = new TextEncoder();

/** The node's length bounds. */
export function lengths(node: SchemaObject): { minLength: number; maxLength: number } {
  return { minLength: node.minLength ?? 0, maxLength: node.maxLength ?? Infinity };
}

/** Between `low` and a few more (at most `high`) bytes, or `undefined` when `low > high`. */
function byteArrays(low: number, high: number): fc.Arbitrary<Uint8Array> | undefined {
  if (low > high) return undefined;
  return fc.uint8Array({ minLength: low, maxLength: Math.min(high, low + MORE_BYTES) });
}

/** Why no string of the encoding has a length the node allows, when none has. */
function encodedLengthReason(node: SchemaObject, encoding: ContentEncoding): string | undefined {
  const { minLength, maxLength } = lengths(node);
  const { low, high } = encoding.byteCounts(minLength, maxLength);
  return low <= high ? undefined : `contentEncoding ${encoding.name} has no string of ${describeStringKeywords(node)}`;
}

/**
 * Candidates for the node's content: JSON texts (encoded when an encoding
 * is asserted), or bytes in the encoding, as many as its lengths allow.
 */
function candidates(node: SchemaObject): fc.Arbitrary<string> | undefined {
  const { encoding, json } = contentAssertion(node.contentEncoding, node.contentMediaType);
  if (json) {
    const texts = fc.json({ maxDepth: JSON_DEPTH });
    return encoding === undefined ? texts : texts.map((text) => encoding.encode(utf8.encode(text)));
  }
  if (encoding === undefined) return undefined;
  const { minLength, maxLength } = lengths(node);
  const { low, high } = encoding.byteCounts(minLength, maxLength);
  return byteArrays(low, high)?.map((bytes) => encoding.encode(bytes));
}

/**
 * Valid strings for a node whose content is asserted: built from its
 * content, and kept when every string keyword holds (lengths, `pattern`,
 * `format`); a draw throws `UNSATISFIABLE_SCHEMA` (naming `pointer`) after
 * {@link MAX_TRIES} misses in a row.
 */
export function contentStrings(node: SchemaObject, pointer = ''): fc.Arbitrary<string> {
  const source = candidates(node);
  const reason = (): string => `no string meeting ${describeStringKeywords(node)} turned up in ${MAX_TRIES} tries`;
  const giveUp = (): SchemaError =>
    new SchemaError('UNSATISFIABLE_SCHEMA', `no value satisfies the schema at ${pointer || '(root)'}: ${reason()}`);
  if (source === undefined) throw giveUp();
  return boundedFilter(source, fitsStringKeywords(node), giveUp);
}

const verdicts = new WeakMap<SchemaObject, string | null>();

/**
 * For a string node whose content is asserted (and no `enum`): why no
 * string meets its keywords, told from the lengths when the encoding
 * cannot fit them, else from a draw at a fixed seed. Memoized per node.
 */
export function contentReason(node: SchemaObject): string | undefined {
  if (node.type !== 'string' || node.enum !== undefined || !assertsContent(node)) return undefined;
  let verdict = verdicts.get(node);
  if (verdict === undefined) {
    const encoding = contentAssertion(node.contentEncoding, node.contentMediaType).encoding;
    const fixed = encoding === undefined ? undefined : encodedLengthReason(node, encoding);
    verdict =
      fixed ??
      (drawsAtAll(contentStrings(node))
        ? null
        : `no string meeting ${describeStringKeywords(node)} turned up in ${MAX_TRIES} tries`);
    verdicts.set(node, verdict);
  }
  return verdict ?? undefined;
}

/**
 * Strings with asserted content and a length outside the node's bounds (of
 * at most `maxLength` characters, or at least `minLength`), for the length
 * sites: the content stays valid, so only the length is broken. `undefined`
 * when a first draw finds none.
 */
export function contentStringsOfLength(
  node: SchemaObject,
  minLength: number | undefined,
  maxLength: number | undefined,
): fc.Arbitrary<string> | undefined {
  const bounded: SchemaObject = { ...node };
  delete bounded.minLength;
  delete bounded.maxLength;
  if (minLength !== undefined) bounded.minLength = minLength;
  if (maxLength !== undefined) bounded.maxLength = maxLength;
  const { encoding } = contentAssertion(node.contentEncoding, node.contentMediaType);
  if (encoding !== undefined && encodedLengthReason(bounded, encoding) !== undefined) return undefined;
  let strings: fc.Arbitrary<string>;
  try {
    strings = contentStrings(bounded);
  } catch (error) {
    if (error instanceof SchemaError) return undefined;
    throw error;
  }
  return drawsAtAll(strings) ? strings : undefined;
}
