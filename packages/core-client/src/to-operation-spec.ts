import { camelCase } from './camel-case.ts';
import { declared, itemTypeOf, typeOf } from './_internals/schema-type.ts';
import { slugParameterKind } from '@circleci-kit/slug';
import type {
  EnumValue,
  HttpMethod,
  OperationSpec,
  OperationTable,
  ParameterSpec,
  ParameterType,
} from './operation-spec.ts';

/** The part of a spec schema the table reads (structurally a spec-loader `SchemaObject`). */
export interface SchemaLike {
  type?: string;
  anyOf?: SchemaLike[];
  oneOf?: SchemaLike[];
  format?: string;
  enum?: unknown[];
  /** The first items' schemas (2020-12); `items` then covers the rest. */
  prefixItems?: SchemaLike[];
  items?: SchemaLike;
  not?: SchemaLike;
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

/** The item type of `anyOf: [T, { type: array, items: T }]` (one value or many), or `undefined`. */
function oneOrManyItem(schema: SchemaLike): ParameterType | undefined {
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches?.length !== 2) return undefined;
  const list = branches.find((branch) => branch.type === 'array');
  const item = branches.find((branch) => branch !== list);
  if (list === undefined || item === undefined) return undefined;
  const type = typeOf(item);
  return type !== 'any' && type !== 'array' && typeOf(list.items) === type ? type : undefined;
}

function toParameter(info: ParameterInfoLike): ParameterSpec {
  const { schema } = info;
  const slug = info.in === 'path' ? slugParameterKind(info.name) : undefined;
  const item = info.in === 'query' && info.explode ? oneOrManyItem(schema) : undefined;
  const type = item === undefined ? typeOf(schema) : 'array';
  const values = declared(schema, 'enum');
  const format = declared(schema, 'format');
  return {
    name: info.name,
    key: camelCase(info.name),
    in: info.in as ParameterSpec['in'],
    required: info.required,
    style: info.style,
    explode: info.explode,
    type,
    ...(type === 'array' ? { itemType: item ?? itemTypeOf(schema) } : {}),
    ...(item === undefined ? {} : { oneOrMany: true }),
    ...(Array.isArray(values) ? { enum: values as EnumValue[] } : {}),
    ...(format ? { format } : {}),
    ...(slug ? { slug } : {}),
    ...(info.deprecated ? { deprecated: true } : {}),
  };
}

function hasNextPageToken(schema: SchemaLike | undefined, seen = new Set<SchemaLike>()): boolean {
  if (!schema || seen.has(schema)) return false;
  seen.add(schema);
  if (schema.properties && 'next_page_token' in schema.properties) return true;
  // A branch of a union may hold it too: 3.1 spells a nullable `$ref` `anyOf: [target, { type: null }]`.
  const parts = [...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  return parts.some((part) => hasNextPageToken(part, seen));
}

function pickContentType(content: Record<string, unknown>): string {
  const types = Object.keys(content);
  return (
    types.find((type) => /^application\/json\b/.test(type)) ??
    types.find((t) => t.includes('json')) ??
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

const tables = new WeakMap<object, OperationTable>();

/**
 * The operation table of a loaded spec's operations (its `operations` map,
 * or any iterable of indexed operations), made once per map: what
 * {@link buildRequestFor} and {@link matchRequest} take to build and match
 * requests of any spec version, not only the one the client was generated
 * from.
 *
 * @example
 * const table = toOperationTable(loadedSpec.operations);
 * buildRequestFor(table['listWorkflowJobs']!, { id }); // the path that spec gives
 */
export function toOperationTable(
  operations: Iterable<OperationInfoLike> | Map<string, OperationInfoLike>,
): OperationTable {
  const cached = tables.get(operations);
  if (cached !== undefined) return cached;
  const list = operations instanceof Map ? operations.values() : operations;
  const table: Record<string, OperationSpec> = {};
  for (const info of list) table[info.operationId] = toOperationSpec(info);
  tables.set(operations, table);
  return table;
}
