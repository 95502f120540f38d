import type {
  MediaTypeInfo,
  OperationInfo,
  ParameterInfo,
  ParameterLocation,
  RequestBodyInfo,
  ResponseHeaderInfo,
  ResponseInfo,
  SchemaObject,
} from '../types.ts';
import { HTTP_METHODS } from './http-methods.ts';
import { escapePointerToken } from '../json-pointer.ts';
import { isObject } from './json-pointer.ts';

const LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

function record(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}

/** Sets `target[key]` only when `value` is defined (exactOptionalPropertyTypes), without copying objects. */
function setOptional<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): T {
  if (value !== undefined) target[key] = value;
  return target;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function content(value: unknown): Record<string, MediaTypeInfo> {
  const out: Record<string, MediaTypeInfo> = {};
  for (const [type, media] of Object.entries(record(value))) {
    const { schema, example } = record(media);
    const info: MediaTypeInfo = {};
    setOptional(info, 'schema', isObject(schema) ? (schema as SchemaObject) : undefined);
    out[type] = setOptional(info, 'example', example as MediaTypeInfo['example']);
  }
  return out;
}

function parameter(value: unknown): ParameterInfo | undefined {
  const raw = record(value);
  const location = raw.in as ParameterLocation;
  if (typeof raw.name !== 'string' || !LOCATIONS.includes(location)) return undefined;
  const style = stringOf(raw.style) ?? (location === 'path' || location === 'header' ? 'simple' : 'form');
  const fromContent = Object.values(content(raw.content))[0]?.schema;
  const info: ParameterInfo = {
    name: raw.name,
    in: location,
    required: location === 'path' || raw.required === true,
    style,
    explode: typeof raw.explode === 'boolean' ? raw.explode : style === 'form',
    schema: isObject(raw.schema) ? raw.schema : (fromContent ?? {}),
    deprecated: raw.deprecated === true,
  };
  setOptional(info, 'description', stringOf(raw.description));
  return setOptional(info, 'example', raw.example as ParameterInfo['example']);
}

function requestBody(value: unknown): RequestBodyInfo | undefined {
  if (!isObject(value)) return undefined;
  return { required: value.required === true, content: content(value.content) };
}

function responses(value: unknown): Record<string, ResponseInfo> {
  const out: Record<string, ResponseInfo> = {};
  for (const [status, response] of Object.entries(record(value))) {
    const raw = record(response);
    const headers: Record<string, ResponseHeaderInfo> = {};
    for (const [name, header] of Object.entries(record(raw.headers))) {
      const h = record(header);
      const info: ResponseHeaderInfo = { required: h.required === true };
      setOptional(info, 'schema', isObject(h.schema) ? (h.schema as SchemaObject) : undefined);
      headers[name] = setOptional(info, 'description', stringOf(h.description));
    }
    out[status] = { status, description: stringOf(raw.description) ?? '', content: content(raw.content), headers };
  }
  return out;
}

function security(value: unknown): Array<Record<string, string[]>> | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((requirement) =>
    Object.fromEntries(
      Object.entries(record(requirement)).map(([scheme, scopes]) => [
        scheme,
        Array.isArray(scopes) ? scopes.map(String) : [],
      ]),
    ),
  );
}

/**
 * Indexes every operation of a normalized, dereferenced document, in
 * document order, with OpenAPI's defaults filled in: those of `paths`, or
 * of 3.1's `webhooks` (where a webhook's name stands for the path). An
 * operation without an operationId is given `<method> <path>` as one.
 * Malformed pieces (lenient mode) are skipped rather than thrown on.
 */
export function indexOperations(
  document: Record<string, unknown>,
  container: 'paths' | 'webhooks' = 'paths',
): OperationInfo[] {
  const operations: OperationInfo[] = [];
  const documentSecurity = security(document.security) ?? [];
  for (const [path, item] of Object.entries(record(document[container]))) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const raw = item[method];
      if (!isObject(raw)) continue;
      const parameters: OperationInfo['parameters'] = { path: [], query: [], header: [], cookie: [] };
      for (const value of Array.isArray(raw.parameters) ? raw.parameters : []) {
        const info = parameter(value);
        if (info) parameters[info.in].push(info);
      }
      const operation: OperationInfo = {
        operationId: stringOf(raw.operationId) ?? `${method} ${path}`,
        method: method,
        path,
        tags: Array.isArray(raw.tags) ? raw.tags.filter((tag): tag is string => typeof tag === 'string') : [],
        deprecated: raw.deprecated === true,
        parameters,
        responses: responses(raw.responses),
        security: security(raw.security) ?? documentSecurity,
        pointer: `/${container}/${escapePointerToken(path)}/${method}`,
      };
      setOptional(operation, 'summary', stringOf(raw.summary));
      setOptional(operation, 'description', stringOf(raw.description));
      operations.push(setOptional(operation, 'requestBody', requestBody(raw.requestBody)));
    }
  }
  return operations;
}
