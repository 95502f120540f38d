import { camelCase } from './camel-case.js';
import type { EnumValue, HttpMethod, OperationSpec, ParameterSpec, ParameterType, SlugKind } from './operation-spec.js';

/** The part of a spec schema the table reads (structurally a spec-loader `SchemaObject`). */
export interface SchemaLike {
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: SchemaLike;
  properties?: Record<string, SchemaLike>;
  allOf?: SchemaLike[];
}

/** The part of a spec parameter the table reads (structurally a spec-loader `ParameterInfo`). */
export interface ParameterInfoLike {
  name: string;
  in: string;
  required: boolean;
  style: string;
  explode: boolean;
  schema: SchemaLike;
  deprecated: boolean;
}

/** The part of an indexed operation the table reads (structurally a spec-loader `OperationInfo`). */
export interface OperationInfoLike {
  operationId: string;
  method: string;
  path: string;
  deprecated: boolean;
  parameters: Record<'path' | 'query' | 'header' | 'cookie', ParameterInfoLike[]>;
  requestBody?: { required: boolean; content: Record<string, { schema?: SchemaLike }> };
  responses: Record<string, { content: Record<string, { schema?: SchemaLike }> }>;
  security: Array<Record<string, string[]>>;
}

const TYPES: ReadonlySet<string> = new Set(['string', 'integer', 'number', 'boolean', 'array', 'object']);
const SLUGS: Readonly<Record<string, SlugKind>> = {
  'project-slug': 'project',
  'org-slug': 'org',
  'org-slug-or-id': 'org-or-id',
};

function typeOf(schema: SchemaLike | undefined): ParameterType {
  if (schema?.type && TYPES.has(schema.type)) return schema.type as ParameterType;
  return 'any';
}

function toParameter(info: ParameterInfoLike): ParameterSpec {
  const { schema } = info;
  const slug = info.in === 'path' ? SLUGS[info.name] : undefined;
  const type = typeOf(schema);
  return {
    name: info.name,
    key: camelCase(info.name),
    in: info.in as ParameterSpec['in'],
    required: info.required,
    style: info.style,
    explode: info.explode,
    type,
    ...(type === 'array' ? { itemType: typeOf(schema.items) } : {}),
    ...(Array.isArray(schema.enum) ? { enum: schema.enum as EnumValue[] } : {}),
    ...(schema.format ? { format: schema.format } : {}),
    ...(slug ? { slug } : {}),
    ...(info.deprecated ? { deprecated: true } : {}),
  };
}

function hasNextPageToken(schema: SchemaLike | undefined, seen = new Set<SchemaLike>()): boolean {
  if (!schema || seen.has(schema)) return false;
  seen.add(schema);
  if (schema.properties && 'next_page_token' in schema.properties) return true;
  return (schema.allOf ?? []).some((part) => hasNextPageToken(part, seen));
}

function pickContentType(content: Record<string, unknown>): string {
  const types = Object.keys(content);
  return (
    types.find((type) => /^application\/json\b/.test(type)) ??
    types.find((t) => /json/.test(t)) ??
    types[0] ??
    'application/json'
  );
}

/**
 * The operation-table entry of an indexed spec operation. `tools/codegen`
 * writes the table with it, and {@link compareWithSpec} rebuilds entries from
 * another spec with it, so both always agree.
 *
 * @example
 * toOperationSpec(loadedSpec.operations.get('getCurrentUser')!).path; // '/me'
 */
export function toOperationSpec(info: OperationInfoLike): OperationSpec {
  const successes = Object.keys(info.responses).filter((status) => /^2\d\d$/.test(status));
  const paginated =
    info.parameters.query.some((p) => p.name === 'page-token') &&
    successes.some((status) =>
      Object.values(info.responses[status]?.content ?? {}).some((media) => hasNextPageToken(media.schema)),
    );
  const body = info.requestBody;
  return {
    id: info.operationId,
    method: info.method.toUpperCase() as HttpMethod,
    path: info.path,
    parameters: {
      path: info.parameters.path.map(toParameter),
      query: info.parameters.query.map(toParameter),
      header: info.parameters.header.map(toParameter),
      cookie: info.parameters.cookie.map(toParameter),
    },
    ...(body ? { body: { contentType: pickContentType(body.content), required: body.required } } : {}),
    successStatuses: successes.map(Number).sort((a, b) => a - b),
    paginated,
    deprecated: info.deprecated,
    security: info.security.map((alternative) => Object.keys(alternative)),
  };
}
