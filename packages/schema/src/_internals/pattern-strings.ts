/**
 * Strings for a string node with a `pattern`. Nothing draws exactly the
 * strings that a pattern and the other string keywords allow together, so
 * candidates are drawn from the pattern (and from the format, when it has
 * one) and kept when they meet every string keyword, with a bounded filter.
 */
import fc from 'fast-check';
import { SchemaError } from '../schema-error.ts';
import type { SchemaObject } from '../types.ts';
import { boundedFilter, drawsAtAll, MAX_TRIES } from './bounded-filter.ts';
import { assertsContent } from './content.ts';
import { validFormatArbitrary } from './format-arbitraries.ts';
import { isStringFormat } from './format-lengths.ts';
import { matchingStrings } from './matching-strings.ts';
import { describeStringKeywords, fitsStringKeywords } from './string-constraints.ts';

/** From this `minLength` on, the pattern's repetitions are drawn longer (fast-check's `medium` size). */
const LONG = 8;

function candidates(node: SchemaObject, pattern: string): fc.Arbitrary<string> {
  const minLength = node.minLength ?? 0;
  const matching = matchingStrings(pattern, minLength >= LONG ? 'medium' : undefined);
  const formatted = isStringFormat(node.format)
    ? validFormatArbitrary(node.format, minLength, node.maxLength)
    : undefined;
  return formatted === undefined ? matching : fc.oneof(matching, formatted);
}

function missReason(node: SchemaObject): string {
  return `no string meeting ${describeStringKeywords(node)} turned up in ${MAX_TRIES} tries`;
}

/**
 * Strings meeting all of the node's string keywords, its `pattern` among
 * them: drawn from the pattern and the format, and kept when they fit. A draw
 * throws `UNSATISFIABLE_SCHEMA` (naming `pointer`) after too many misses.
 */
export function patternStrings(node: SchemaObject & { pattern: string }, pointer = ''): fc.Arbitrary<string> {
  return boundedFilter(
    candidates(node, node.pattern),
    fitsStringKeywords(node),
    () =>
      new SchemaError(
        'UNSATISFIABLE_SCHEMA',
        `no value satisfies the schema at ${pointer || '(root)'}: ${missReason(node)}`,
        pointer,
      ),
  );
}

const verdicts = new WeakMap<SchemaObject, string | null>();

/**
 * For a `type: string` node with a `pattern` (and no `enum`, and no
 * asserted content, whose strings are drawn otherwise): why
 * {@link patternStrings} found no string in a draw at a fixed seed, or
 * `undefined` when it found one. Memoized per node.
 */
export function patternReason(node: SchemaObject): string | undefined {
  const pattern = node.pattern;
  if (pattern === undefined || node.type !== 'string' || node.enum !== undefined || assertsContent(node))
    return undefined;
  let verdict = verdicts.get(node);
  if (verdict === undefined) {
    verdict = drawsAtAll(patternStrings({ ...node, pattern })) ? null : missReason(node);
    verdicts.set(node, verdict);
  }
  return verdict ?? undefined;
}
