/**
 * Sites (ways to be invalid) of the leaf constraints of strings and numbers.
 */
import fc from 'fast-check';
import { SchemaError } from '../schema-error.ts';
import type { SchemaObject } from '../types.ts';
import { boundedFilter, drawsAtAll, MAX_TRIES } from './bounded-filter.ts';
import { assertsContent } from './content.ts';
import { contentSites } from './content-sites.ts';
import { contentStringsOfLength } from './content-strings.ts';
import { invalidFormatArbitrary } from './format-arbitraries.ts';
import { isStringFormat } from './format-lengths.ts';
import { FLOAT_MAX, isFloat, isInt32, isInt64 } from './formats.ts';
import { here, type Site } from './site.ts';
import { impliedType } from './valid-arbitrary.ts';

export { here, type Site } from './site.ts';

/**
 * A site offered only when it draws: `arbitrary` kept to `breaks`, with a
 * bounded filter, or `undefined` when a first draw finds nothing.
 */
function boundedSite<T>(arbitrary: fc.Arbitrary<T>, breaks: (value: T) => boolean, keyword: string): Site | undefined {
  const giveUp = (): SchemaError =>
    new SchemaError('NO_INVALID_VALUE', `no value breaking ${keyword} alone turned up in ${MAX_TRIES} tries`);
  const values = boundedFilter(arbitrary, breaks, giveUp);
  return drawsAtAll(values) ? { arbitrary: values.map(here(keyword)), rootKeyword: keyword } : undefined;
}

/**
 * The sites of a string's own constraints: format, pattern, content,
 * lengths. With asserted content (and no format or pattern), a string of
 * the wrong length keeps its content valid, so that only the length is
 * broken.
 */
export function stringSites(node: SchemaObject): Site[] {
  const sites: Site[] = [];
  const minLength = node.minLength ?? 0;
  const maxLength = node.maxLength;
  const knownFormat = isStringFormat(node.format) ? node.format : undefined;
  const free = knownFormat === undefined && node.pattern === undefined;
  // Content next to a format or pattern: a near miss of one could break the other too.
  if (assertsContent(node)) return free ? [...contentSites(node), ...contentLengthSites(node)] : [];
  if (knownFormat !== undefined && node.pattern === undefined) {
    const format = invalidFormatArbitrary(knownFormat, minLength, maxLength);
    if (format !== undefined) sites.push({ arbitrary: format.map(here('format')), rootKeyword: 'format' });
  }
  if (node.pattern !== undefined && node.format === undefined && minLength <= (maxLength ?? Infinity)) {
    const regex = new RegExp(node.pattern, 'u');
    const strings = fc.string(maxLength === undefined ? { minLength } : { minLength, maxLength });
    const site = boundedSite(strings, (s) => !regex.test(s), 'pattern');
    if (site !== undefined) sites.push(site);
  }
  if (free && minLength > 0) {
    sites.push({
      arbitrary: fc.string({ maxLength: minLength - 1 }).map(here('minLength')),
      rootKeyword: 'minLength',
    });
  }
  if (free && maxLength !== undefined) {
    const strings = fc.string({ minLength: maxLength + 1, maxLength: maxLength + 4 });
    sites.push({ arbitrary: strings.map(here('maxLength')), rootKeyword: 'maxLength' });
  }
  return sites;
}

/** The `minLength` and `maxLength` sites of a string with asserted content: valid content of a wrong length. */
function contentLengthSites(node: SchemaObject): Site[] {
  const sites: Site[] = [];
  const minLength = node.minLength ?? 0;
  const maxLength = node.maxLength;
  const shorter = minLength > 0 ? contentStringsOfLength(node, undefined, minLength - 1) : undefined;
  if (shorter !== undefined) sites.push({ arbitrary: shorter.map(here('minLength')), rootKeyword: 'minLength' });
  const longer = maxLength === undefined ? undefined : contentStringsOfLength(node, maxLength + 1, undefined);
  if (longer !== undefined) sites.push({ arbitrary: longer.map(here('maxLength')), rootKeyword: 'maxLength' });
  return sites;
}

/** The range a number of each range format must stay within when it breaks a bound instead. */
const formatRanges: Record<string, readonly [number, number]> = {
  int32: [-(2 ** 31), 2 ** 31 - 1],
  int64: [-(2 ** 63), 2 ** 63],
  float: [-FLOAT_MAX, FLOAT_MAX],
};

/**
 * The site of one bound: values past it (at it, when exclusive), nearest
 * first, on the grid of `multipleOf` (else of whole numbers) and within the
 * format's range, kept to those that break the bound and pass `othersOk`.
 */
function pastBound(
  node: SchemaObject,
  side: 'minimum' | 'maximum',
  othersOk: (v: number) => boolean,
): Site | undefined {
  const bound = node[side];
  if (bound === undefined) return undefined;
  const exclusive = (side === 'minimum' ? node.exclusiveMinimum : node.exclusiveMaximum) === true;
  const keyword = exclusive ? (side === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum') : side;
  const step = node.multipleOf;
  const integer = impliedType(node) === 'integer';
  const stride = step !== undefined && step > 0 && (!integer || Number.isInteger(step)) ? step : 1;
  // Values are sign × k × stride, k growing away from the valid range; `first` is the k of the nearest past the bound.
  const sign = side === 'minimum' ? -1 : 1;
  const edge = (sign * bound) / stride;
  const first = exclusive ? Math.ceil(edge) : Math.floor(edge) + 1;
  const [low, high] = formatRanges[node.format ?? ''] ?? [-Infinity, Infinity];
  const room = Math.floor((sign < 0 ? -low : high) / stride) - first;
  if (!(room >= 0)) return undefined;
  const values = fc.integer({ min: 0, max: Math.min(room, 999) }).map((j) => {
    const value = sign * (first + j) * stride;
    return Object.is(value, -0) ? 0 : value;
  });
  const breaks = (v: number): boolean =>
    sign < 0 ? (exclusive ? v <= bound : v < bound) : exclusive ? v >= bound : v > bound;
  return boundedSite(values, (v) => breaks(v) && othersOk(v), keyword);
}

/** The sites of a number's own constraints: bounds and range formats. */
export function numberSites(node: SchemaObject): Site[] {
  const sites: Site[] = [];
  const formatOk = (v: number): boolean =>
    node.format === 'int32'
      ? isInt32(v)
      : node.format === 'int64'
        ? isInt64(v)
        : node.format === 'float'
          ? isFloat(v)
          : true;
  const multipleOk = (v: number): boolean => node.multipleOf === undefined || Number.isInteger(v / node.multipleOf);
  const distance = fc.integer({ min: 1, max: 1000 });
  for (const side of ['minimum', 'maximum'] as const) {
    const site = pastBound(node, side, (v) => formatOk(v) && multipleOk(v));
    if (site !== undefined) sites.push(site);
  }
  const beyond: Record<string, number> = { int32: 2 ** 31, int64: 2 ** 64, float: 1e39 };
  const limit = node.format === undefined ? undefined : beyond[node.format];
  if (limit !== undefined && node.multipleOf === undefined) {
    const side = node.maximum === undefined ? 1 : node.minimum === undefined ? -1 : 0;
    if (side !== 0) {
      const values = distance.map((d) => side * (limit + (node.format === 'int32' ? d : d * 2 ** 20)));
      sites.push({ arbitrary: values.map(here('format')), rootKeyword: 'format' });
    }
  }
  return sites;
}
