/**
 * Sites (ways to be invalid) of the leaf constraints of strings and numbers.
 */
import fc from 'fast-check';
import type { InvalidSample, SchemaObject } from '../types.js';
import { invalidFormatArbitraries } from './format-arbitraries.js';
import { isFloat, isInt32, isInt64 } from './formats.js';
import { fitsLength, impliedType } from './valid-arbitrary.js';

/** One way to break a schema: the arbitrary and the keyword it breaks at the schema's own level, if any. */
export interface Site {
  arbitrary: fc.Arbitrary<InvalidSample>;
  /** The keyword broken when the violation is at this schema's own value (not below it). */
  rootKeyword?: string;
}

/** Marks a value as breaking `keyword` at the value itself. */
export const here =
  (keyword: string) =>
  (value: unknown): InvalidSample => ({ value, violation: { pointer: '', keyword } });

/** The sites of a string's own constraints: format, pattern, lengths. */
export function stringSites(node: SchemaObject): Site[] {
  const sites: Site[] = [];
  const minLength = node.minLength ?? 0;
  const maxLength = node.maxLength;
  const fits = fitsLength(node);
  const format = node.format === undefined ? undefined : invalidFormatArbitraries[node.format];
  if (format !== undefined && node.pattern === undefined) {
    sites.push({ arbitrary: format.filter(fits).map(here('format')), rootKeyword: 'format' });
  }
  const free = format === undefined && node.pattern === undefined;
  if (node.pattern !== undefined && node.format === undefined) {
    const regex = new RegExp(node.pattern, 'u');
    const strings = fc.string(maxLength === undefined ? { minLength } : { minLength, maxLength });
    sites.push({ arbitrary: strings.filter((s) => !regex.test(s)).map(here('pattern')), rootKeyword: 'pattern' });
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

/** The sites of a number's own constraints: bounds and range formats. */
export function numberSites(node: SchemaObject): Site[] {
  const sites: Site[] = [];
  const integer = impliedType(node) === 'integer';
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
  if (node.minimum !== undefined) {
    const exclusive = node.exclusiveMinimum === true;
    const base = integer ? (exclusive ? Math.floor(node.minimum) : Math.ceil(node.minimum)) : node.minimum;
    const values = distance
      .map((d) => (exclusive ? base - d + 1 : base - d))
      .filter((v) => formatOk(v) && multipleOk(v));
    const keyword = exclusive ? 'exclusiveMinimum' : 'minimum';
    sites.push({ arbitrary: values.map(here(keyword)), rootKeyword: keyword });
  }
  if (node.maximum !== undefined) {
    const exclusive = node.exclusiveMaximum === true;
    const base = integer ? (exclusive ? Math.ceil(node.maximum) : Math.floor(node.maximum)) : node.maximum;
    const values = distance
      .map((d) => (exclusive ? base + d - 1 : base + d))
      .filter((v) => formatOk(v) && multipleOk(v));
    const keyword = exclusive ? 'exclusiveMaximum' : 'maximum';
    sites.push({ arbitrary: values.map(here(keyword)), rootKeyword: keyword });
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
