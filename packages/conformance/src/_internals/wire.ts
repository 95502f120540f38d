/**
 * Between inputs (`{ pathParams, query, headers, body }`, spec names) and the
 * wire: builder parameters, raw requests and values read back from a URL.
 */
import { operations as builderTable } from '@circleci-kit/core-client';
import type { OperationInput } from '@circleci-kit/schema';
import type { OperationInfo, SchemaObject } from '@circleci-kit/spec-loader';

const LOCATIONS = [
  ['path', 'pathParams'],
  ['query', 'query'],
  ['header', 'headers'],
] as const;

/** The generated builder's camelCase key of each wire name, per operation. */
function keysOf(operationId: string): Map<string, string> {
  const spec = builderTable[operationId];
  const keys = new Map<string, string>();
  if (spec === undefined) return keys;
  for (const location of ['path', 'query', 'header', 'cookie'] as const) {
    for (const parameter of spec.parameters[location]) keys.set(`${location}:${parameter.name}`, parameter.key);
  }
  return keys;
}

const keyCache = new Map<string, Map<string, string>>();

/**
 * The input as `buildRequest`'s params: camelCase keys and `body`.
 * Returns `undefined` when the generated client does not know the operation.
 */
export function toBuilderParams(operationId: string, input: OperationInput): Record<string, unknown> | undefined {
  if (builderTable[operationId] === undefined) return undefined;
  let keys = keyCache.get(operationId);
  if (keys === undefined) keyCache.set(operationId, (keys = keysOf(operationId)));
  const params: Record<string, unknown> = {};
  for (const [location, group] of LOCATIONS) {
    for (const [name, value] of Object.entries(input[group])) params[keys.get(`${location}:${name}`) ?? name] = value;
  }
  if (input.body !== undefined) params['body'] = input.body;
  return params;
}

/** The text a value takes on the wire, one string per repeated query parameter. */
export function wireTexts(value: unknown): string[] {
  if (Array.isArray(value))
    return value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item)));
  if (value !== null && typeof value === 'object') return [JSON.stringify(value)];
  return [String(value)];
}

const SLUGS = new Set(['project-slug', 'org-slug', 'org-slug-or-id', 'owner-slug']);

/** A request built without any checking: what a careless client would send. */
export interface RawRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
}

/**
 * Serializes an input as-is (no validation): path values percent-encoded
 * (slugs keep their slashes), query values repeated for arrays, the body as
 * JSON. Used to send invalid inputs that the builder would refuse.
 */
export function rawRequest(operation: OperationInfo, input: OperationInput, baseUrl: string): RawRequest {
  let path = operation.path;
  for (const [name, value] of Object.entries(input.pathParams)) {
    const text = wireTexts(value).join(',');
    const encoded = SLUGS.has(name) ? text.split('/').map(encodeURIComponent).join('/') : encodeURIComponent(text);
    path = path.replace(`{${name}}`, encoded);
  }
  const query: string[] = [];
  for (const [name, value] of Object.entries(input.query)) {
    if (value === undefined) continue;
    for (const text of wireTexts(value)) query.push(`${encodeURIComponent(name)}=${encodeURIComponent(text)}`);
  }
  const headers: Record<string, string> = { accept: 'application/json' };
  for (const [name, value] of Object.entries(input.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = wireTexts(value).join(',');
  }
  let body: string | null = null;
  if (input.body !== undefined) {
    body = JSON.stringify(input.body);
    headers['content-type'] = 'application/json';
  }
  const url = `${baseUrl.replace(/\/+$/, '')}${path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
  return { method: operation.method.toUpperCase(), url, headers, body };
}

const NUMBER = /^-?(?:\d+|\d*\.\d+)(?:[eE][+-]?\d+)?$/;

function typeOf(schema: SchemaObject): string | undefined {
  if (schema.type !== undefined) return schema.type;
  return (schema.anyOf ?? schema.oneOf ?? schema.allOf)?.map(typeOf).find((type) => type !== undefined);
}

function coerceOne(text: string, schema: SchemaObject): unknown {
  const type = typeOf(schema);
  if ((type === 'integer' || type === 'number') && NUMBER.test(text)) return Number(text);
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

/**
 * A parameter's value as a server reads it from its wire texts: numbers and
 * booleans from their spelling, arrays from repeated or comma-separated text.
 */
export function readWireValue(texts: readonly string[], schema: SchemaObject, explode: boolean): unknown {
  if (typeOf(schema) === 'array') {
    const parts = explode ? texts : texts.flatMap((text) => (text === '' ? [] : text.split(',')));
    return parts.map((part) => coerceOne(part, schema.items ?? {}));
  }
  return coerceOne(texts[texts.length - 1] ?? '', schema);
}

/** Query values by name, in order, from a URL. */
export function queryValues(url: string): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const [name, value] of new URL(url).searchParams) {
    const list = values.get(name);
    if (list === undefined) values.set(name, [value]);
    else list.push(value);
  }
  return values;
}
