/**
 * A string node's own keywords (`minLength`, `maxLength`, `pattern`,
 * `format`, asserted `contentEncoding` / `contentMediaType`) as checks, and why no string, or no `enum` value, meets them
 * when that can be told without drawing.
 */
import type { Format } from 'ajv';
import type { SchemaObject } from '../types.ts';
import { assertsContent, contentAssertion, contentCheck, describeContent } from './content.ts';
import { describeLengths, isStringFormat, lengthsWithin } from './format-lengths.ts';
import { stringFormats } from './formats.ts';

/** A check that a string's length (in code points, as Ajv counts) is within the node's bounds. */
export function fitsLength(node: SchemaObject): (s: string) => boolean {
  const minLength = node.minLength ?? 0;
  const maxLength = node.maxLength;
  return (s) => {
    const length = [...s].length;
    return length >= minLength && (maxLength === undefined || length <= maxLength);
  };
}

/** The check the validators make for a string format, or `undefined` for a format they drop. */
function formatCheck(format: string | undefined): ((s: string) => boolean) | undefined {
  if (!isStringFormat(format)) return undefined;
  const definition: Format = stringFormats[format];
  const check = typeof definition === 'object' && !(definition instanceof RegExp) ? definition.validate : definition;
  if (check instanceof RegExp) return (s) => check.test(s);
  if (typeof check === 'function') return (s) => (check as (s: string) => unknown)(s) === true;
  return undefined;
}

/** A check of a string against all of the node's string keywords. */
export function fitsStringKeywords(node: SchemaObject): (s: string) => boolean {
  const fits = fitsLength(node);
  const regex = node.pattern === undefined ? undefined : new RegExp(node.pattern, 'u');
  const format = formatCheck(node.format);
  const content = assertsContent(node)
    ? contentCheck(contentAssertion(node.contentEncoding, node.contentMediaType))
    : undefined;
  return (s) =>
    fits(s) &&
    (regex === undefined || regex.test(s)) &&
    (format === undefined || format(s)) &&
    (content === undefined || content(s));
}

/** The node's length bounds in words, e.g. `minLength 2`, `maxLength 3`. */
function lengthWords(node: SchemaObject): string[] {
  const words: string[] = [];
  if (node.minLength !== undefined) words.push(`minLength ${node.minLength}`);
  if (node.maxLength !== undefined) words.push(`maxLength ${node.maxLength}`);
  return words;
}

/** The node's string keywords in words, e.g. `pattern "^a", maxLength 3`. */
export function describeStringKeywords(node: SchemaObject): string {
  const words: string[] = [];
  if (node.pattern !== undefined) words.push(`pattern ${JSON.stringify(node.pattern)}`);
  if (isStringFormat(node.format)) words.push(`format ${node.format}`);
  const content = describeContent(node);
  if (content !== '') words.push(content);
  return [...words, ...lengthWords(node)].join(', ');
}

/**
 * Why no value meets the node's string keywords, as far as can be told
 * without drawing: an `enum` of strings none of which meets them, or a
 * `type: string` whose format has no length `minLength`/`maxLength` allow.
 * `undefined` otherwise (`minLength > maxLength` is told elsewhere).
 */
export function stringReason(node: SchemaObject): string | undefined {
  const keywords = describeStringKeywords(node);
  if (keywords === '') return undefined;
  if (node.enum !== undefined) {
    const strings = node.enum.filter((value) => typeof value === 'string');
    if (strings.length === 0 || strings.length < node.enum.length) return undefined;
    return strings.some(fitsStringKeywords(node)) ? undefined : `no enum value meets ${keywords}`;
  }
  const format = node.format;
  if (node.type !== 'string' || !isStringFormat(format)) return undefined;
  if (node.minLength === undefined && node.maxLength === undefined) return undefined;
  if (lengthsWithin(format, node.minLength, node.maxLength).length > 0) return undefined;
  return `format ${format} (${describeLengths(format)} characters) conflicts with ${lengthWords(node).join(' and ')}`;
}
