import type { ParameterSpec } from '../operation-spec.ts';

const enc = encodeURIComponent;

/** A scalar's text (null is empty); a value with no query form of its own, such as an object inside an object parameter, as JSON. */
function scalar(value: unknown): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

const DELIMITERS: Record<string, string> = { form: ',', spaceDelimited: '%20', pipeDelimited: '|' };

/**
 * The `name=value` pairs of one query parameter, serialized per its OpenAPI
 * `style` and `explode`, already percent-encoded.
 *
 * - scalars: `name=value` (null gives `name=`);
 * - arrays: exploded `name=a&name=b`, else `name=a,b` (`%20` for spaceDelimited, `|` for pipeDelimited);
 * - objects: exploded form `k=v&k2=v2`, deepObject `name[k]=v`, else `name=k,v,k2,v2`.
 *
 * Arrays are accepted for `type: object` parameters too (the spec declares
 * `branches` and `workflow-names` as objects but means repeated values).
 */
export function serializeQuery(parameter: ParameterSpec, value: unknown): string[] {
  const { name, style, explode } = parameter;
  if (Array.isArray(value)) {
    if (explode || style === 'deepObject') return value.map((item) => `${enc(name)}=${enc(scalar(item))}`);
    const delimiter = DELIMITERS[style] ?? ',';
    return [`${enc(name)}=${value.map((item) => enc(scalar(item))).join(delimiter)}`];
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (style === 'deepObject') return entries.map(([k, v]) => `${enc(name)}%5B${enc(k)}%5D=${enc(scalar(v))}`);
    if (explode) return entries.map(([k, v]) => `${enc(k)}=${enc(scalar(v))}`);
    return [`${enc(name)}=${entries.map(([k, v]) => `${enc(k)},${enc(scalar(v))}`).join(',')}`];
  }
  return [`${enc(name)}=${enc(scalar(value))}`];
}
