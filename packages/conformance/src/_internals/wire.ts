/**
 * Between inputs (`{ pathParams, query, headers, body }`, spec names) and the
 * wire, for the loaded spec's operations: builder parameters, raw requests
 * and values read back as a server reads them. The encoding and the reading
 * are core-client's; this file only maps inputs onto them.
 */
import {
  buildRequestFor,
  encodePathSegment,
  isDotSegment,
  readWireValue,
  toOperationSpec,
  type BuildRequestOptions,
  type BuiltRequest,
  type OperationSpec,
} from '@circleci-kit/core-client';
import type { OperationInput } from '@circleci-kit/schema';
import type { OperationInfo } from '@circleci-kit/spec-loader';

const LOCATIONS = [
  ['path', 'pathParams'],
  ['query', 'query'],
  ['header', 'headers'],
] as const;

const specs = new WeakMap<OperationInfo, OperationSpec>();

/** The operation as core-client's codec knows it, from the loaded spec (not the generated table). */
export function wireOperation(operation: OperationInfo): OperationSpec {
  let spec = specs.get(operation);
  if (spec === undefined) specs.set(operation, (spec = toOperationSpec(operation)));
  return spec;
}

/** The input as `buildRequest`'s params: camelCase keys and `body`. */
export function toBuilderParams(operation: OperationInfo, input: OperationInput): Record<string, unknown> {
  const spec = wireOperation(operation);
  const params: Record<string, unknown> = {};
  for (const [location, group] of LOCATIONS) {
    for (const [name, value] of Object.entries(input[group])) {
      params[spec.parameters[location].find((p) => p.name === name)?.key ?? name] = value;
    }
  }
  if (input.body !== undefined) params['body'] = input.body;
  return params;
}

/**
 * Builds the request of an input with core-client's builder, from the
 * loaded spec's description of the operation: any spec version builds its
 * own paths.
 *
 * @throws {RequestValidationError} when the builder refuses the input.
 */
export function buildInput(
  operation: OperationInfo,
  input: OperationInput | Record<string, unknown>,
  options: BuildRequestOptions,
): BuiltRequest {
  const params = 'pathParams' in input ? toBuilderParams(operation, input as OperationInput) : input;
  return buildRequestFor(wireOperation(operation), params, options);
}

/**
 * Whether the input has a path value no URL can carry to the operation's
 * route (empty, `.` or `..`), which the builder refuses: valid per the spec,
 * but not a request anyone can send, so the phases discard it.
 */
export function unsendablePath(operation: OperationInfo, input: OperationInput): boolean {
  return wireOperation(operation).parameters.path.some((parameter) => {
    const value = input.pathParams[parameter.name];
    if (value === undefined || (parameter.slug !== undefined && parameter.slug !== 'org-or-id')) return false;
    const text = wireTexts(value).join(',');
    return text === '' || isDotSegment(text);
  });
}

/** The text a value takes on the wire, one string per repeated query parameter. */
export function wireTexts(value: unknown): string[] {
  if (Array.isArray(value))
    return value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item)));
  if (value !== null && typeof value === 'object') return [JSON.stringify(value)];
  return [String(value)];
}

/** An input value as the server reads it once it has gone over the wire. */
export function readInputValue(
  operation: OperationInfo,
  location: 'path' | 'query' | 'header',
  name: string,
  value: unknown,
): unknown {
  const parameter = wireOperation(operation).parameters[location].find((p) => p.name === name);
  if (parameter === undefined) return value;
  return readWireValue(parameter, location === 'query' ? wireTexts(value) : [wireTexts(value).join(',')]);
}

/** A request built without any checking: what a careless client would send. */
export interface RawRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
}

/**
 * Serializes an input as-is (no validation): path values as path segments
 * (slugs keep their slashes), query values repeated for arrays, the body as
 * JSON. Used to send invalid inputs that the builder would refuse. Returns
 * `undefined` for an input with a dot-segment path value (`.`, `..`): no
 * fetch can send one to the operation's route.
 */
export function rawRequest(operation: OperationInfo, input: OperationInput, baseUrl: string): RawRequest | undefined {
  const spec = wireOperation(operation);
  let path = spec.path;
  for (const [name, value] of Object.entries(input.pathParams)) {
    const text = wireTexts(value).join(',');
    const slug = spec.parameters.path.find((p) => p.name === name)?.slug !== undefined;
    const segments = slug ? text.split('/') : [text];
    if (segments.some(isDotSegment)) return undefined;
    path = path.replace(`{${name}}`, segments.map(encodePathSegment).join('/'));
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
  return { method: spec.method, url, headers, body };
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
