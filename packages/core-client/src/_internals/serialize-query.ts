import type { ParameterSpec } from '../operation-spec.js';

const enc = encodeURIComponent;

function scalar(value: unknown): string {
  return value === null ? '' : String(value);
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
