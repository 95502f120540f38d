/**
 * A tiny builder of `LoadedSpec` values for rule tests: minimal operations
 * with only what a test names, and a document holding the raw operation
 * objects at their pointers (for extensions such as `x-sunset`).
 */
import type {
  HttpMethod,
  LoadedSpec,
  OperationInfo,
  ParameterInfo,
  ResponseInfo,
  SchemaObject,
} from '@circleci-kit/spec-loader';

export interface OpInput {
  method?: HttpMethod;
  path?: string;
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  deprecated?: boolean;
  parameters?: Array<Partial<ParameterInfo> & { name: string }>;
  body?: { required?: boolean; content?: Record<string, SchemaObject> };
  responses?: Record<
    string,
    { content?: Record<string, SchemaObject>; headers?: Record<string, { required?: boolean; schema?: SchemaObject }> }
  >;
  security?: Array<Record<string, string[]>>;
  raw?: Record<string, unknown>;
}

const escape = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

export function param(input: Partial<ParameterInfo> & { name: string }): ParameterInfo {
  const location = input.in ?? 'query';
  return {
    in: location,
    required: location === 'path',
    style: location === 'query' || location === 'cookie' ? 'form' : 'simple',
    explode: location === 'query' || location === 'cookie',
    schema: { type: 'string' },
    deprecated: false,
    ...input,
  };
}

export function op(input: OpInput = {}): OperationInfo {
  const method = input.method ?? 'get';
  const path = input.path ?? '/thing';
  const parameters: OperationInfo['parameters'] = { path: [], query: [], header: [], cookie: [] };
  for (const p of input.parameters ?? []) {
    const full = param(p);
    parameters[full.in].push(full);
  }
  const responses: Record<string, ResponseInfo> = {};
  for (const [status, r] of Object.entries(
    input.responses ?? { '200': { content: { 'application/json': { type: 'object' } } } },
  )) {
    responses[status] = {
      status,
      description: 'ok',
      content: Object.fromEntries(Object.entries(r.content ?? {}).map(([type, schema]) => [type, { schema }])),
      headers: Object.fromEntries(
        Object.entries(r.headers ?? {}).map(([name, h]) => [
          name,
          { required: h.required ?? false, ...(h.schema ? { schema: h.schema } : {}) },
        ]),
      ),
    };
  }
  const info: OperationInfo = {
    operationId: input.operationId ?? `${method}${path.replace(/\W/g, '')}`,
    method,
    path,
    tags: input.tags ?? [],
    deprecated: input.deprecated ?? false,
    parameters,
    responses,
    security: input.security ?? [{ api_key_header: [] }],
    pointer: `/paths/${escape(path)}/${method}`,
  };
  if (input.summary !== undefined) info.summary = input.summary;
  if (input.description !== undefined) info.description = input.description;
  if (input.body) {
    info.requestBody = {
      required: input.body.required ?? false,
      content: Object.fromEntries(
        Object.entries(input.body.content ?? { 'application/json': { type: 'object' } }).map(([type, schema]) => [
          type,
          { schema },
        ]),
      ),
    };
  }
  return info;
}

export function spec(...ops: Array<OperationInfo | OpInput>): LoadedSpec {
  const operations = new Map<string, OperationInfo>();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const item of ops) {
    const info = 'pointer' in item ? item : op(item);
    operations.set(info.operationId, info);
    const raw = 'pointer' in item ? {} : (item.raw ?? {});
    (paths[info.path] ??= {})[info.method] = { operationId: info.operationId, ...raw };
  }
  const infoObject = { title: 'test', version: '1' };
  return {
    document: { openapi: '3.0.3', info: infoObject, paths },
    info: infoObject,
    openapi: '3.0.3',
    fingerprint: 'test',
    operations,
    webhooks: [],
    operationByRoute: (method, path) =>
      [...operations.values()].find((o) => o.method === method.toLowerCase() && o.path === path),
    rewrites: [],
    warnings: [],
    source: '<object>',
    fromCache: false,
  };
}

/**
 * The spec with webhooks (OpenAPI 3.1): each built like an operation, its
 * `path` the webhook's name, its pointer under `/webhooks`, and its raw
 * object in the document.
 */
export function withWebhooks(base: LoadedSpec, ...webhooks: OpInput[]): LoadedSpec {
  const raw: Record<string, Record<string, unknown>> = {};
  const infos = webhooks.map((input) => {
    const info = op({ method: 'post', ...input });
    info.pointer = `/webhooks/${escape(info.path)}/${info.method}`;
    (raw[info.path] ??= {})[info.method] = { operationId: info.operationId, ...input.raw };
    return info;
  });
  return {
    ...base,
    document: { ...base.document, openapi: '3.1.0', webhooks: raw },
    openapi: '3.1.0',
    webhooks: infos,
  };
}

/** Two one-operation specs whose request body (application/json) is `old` and `next`. */
export function requestPair(old: SchemaObject, next: SchemaObject): [LoadedSpec, LoadedSpec] {
  const make = (schema: SchemaObject) =>
    spec({ method: 'post', path: '/thing', body: { content: { 'application/json': schema } } });
  return [make(old), make(next)];
}

/** Two one-operation specs whose 200 response body (application/json) is `old` and `next`. */
export function responsePair(old: SchemaObject, next: SchemaObject): [LoadedSpec, LoadedSpec] {
  const make = (schema: SchemaObject) => spec({ responses: { '200': { content: { 'application/json': schema } } } });
  return [make(old), make(next)];
}

/** Two one-operation specs with one query parameter each. */
export function parameterPair(
  old: Partial<ParameterInfo> & { name: string },
  next: Partial<ParameterInfo> & { name: string },
): [LoadedSpec, LoadedSpec] {
  return [spec({ parameters: [old] }), spec({ parameters: [next] })];
}

/** An object schema with the given properties (all `{ type: 'string' }` unless given) and required list. */
export function obj(properties: Record<string, SchemaObject | string>, required: string[] = []): SchemaObject {
  return {
    type: 'object',
    properties: Object.fromEntries(
      Object.entries(properties).map(([name, s]) => [name, typeof s === 'string' ? ({ type: s } as SchemaObject) : s]),
    ),
    required,
  };
}
