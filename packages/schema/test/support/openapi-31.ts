/**
 * A hand-written OpenAPI 3.1-style document, as `loadSpec` gives it: its
 * schemas are in the toolkit's internal form (3.0's dialect; `const` as a
 * one-value `enum`, `false` as `{ not: {} }`, a `type` array with `"null"`
 * as `nullable`), and use every JSON Schema 2020-12 keyword that form keeps
 * or lets pass through. Only what `specSchemas` and `createValidators` read
 * is filled in.
 */
import type { LoadedSpec, MediaTypeInfo, OperationInfo, ParameterInfo, ResponseInfo } from '@circleci-kit/spec-loader';
import type { SchemaObject } from '../../src/index.ts';

/** `false` in the internal form. */
const nothing = (): SchemaObject => ({ not: {} });

/** A GeoJSON-like position: two numbers and nothing after them. */
export const position: SchemaObject = {
  type: 'array',
  prefixItems: [
    { type: 'number', minimum: -180, maximum: 180 },
    { type: 'number', minimum: -90, maximum: 90 },
  ],
  items: nothing(),
  minItems: 2,
};

/** A version tag, then distinct non-negative counts. */
export const versionedCounts: SchemaObject = {
  type: 'array',
  prefixItems: [{ type: 'string', enum: ['v1'] }],
  items: { type: 'integer', minimum: 0, maximum: 1000 },
  maxItems: 5,
  uniqueItems: true,
};

/** A flag and a date, any items after them (no `items`). */
export const flagAndDate: SchemaObject = {
  type: 'array',
  prefixItems: [{ type: 'boolean' }, { type: 'string', format: 'date' }],
  maxItems: 4,
};

/** A name, and no second item: the second position allows nothing. */
export const nameOnly: SchemaObject = {
  type: 'array',
  prefixItems: [{ type: 'string', minLength: 1 }, nothing()],
};

/** Payment details: a card needs an address and a code; an address needs a name. */
export const payment: SchemaObject = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', format: 'uuid', readOnly: true },
    name: { type: 'string', minLength: 1 },
    credit_card: { type: 'string', pattern: '^[0-9]{12,19}$' },
    billing_address: { type: 'string' },
    cvv: { type: 'string', pattern: '^[0-9]{3,4}$' },
    legacy_token: nothing(),
  },
  dependentRequired: { credit_card: ['billing_address', 'cvv'], billing_address: ['name'], id: ['name'] },
};

/** A required key with dependents, and a dependent that is not declared. */
export const kinded: SchemaObject = {
  type: 'object',
  required: ['kind'],
  properties: {
    kind: { type: 'string', enum: ['pipeline'] },
    detail: { type: 'string', maxLength: 10 },
    count: { type: 'integer', minimum: 0 },
  },
  dependentRequired: { kind: ['detail'], count: ['unit'] },
};

/** Encoded and JSON strings. */
export const attachment: SchemaObject = {
  type: 'object',
  required: ['data', 'manifest', 'token'],
  properties: {
    data: { type: 'string', contentEncoding: 'base64' },
    manifest: { type: 'string', contentEncoding: 'base64', contentMediaType: 'application/json', maxLength: 400 },
    token: { type: 'string', contentEncoding: 'base64url', minLength: 8, maxLength: 40 },
    config: { type: 'string', contentMediaType: 'application/json' },
    thumbnail: {
      type: 'string',
      contentEncoding: 'base64',
      contentMediaType: 'image/png',
      minLength: 4,
      maxLength: 64,
    },
    problem: { type: 'string', contentMediaType: 'application/problem+json', nullable: true },
    packed: { type: 'string', contentEncoding: 'gzip', contentMediaType: 'application/json' },
  },
};

/** `const` values, folded into one-value enums. */
export const constants: SchemaObject = {
  type: 'object',
  required: ['type', 'version', 'enabled', 'shape'],
  properties: {
    type: { type: 'string', enum: ['pipeline'] },
    version: { type: 'integer', enum: [3] },
    enabled: { type: 'boolean', enum: [true] },
    shape: { type: 'object', enum: [{ sides: 4 }] },
    anything: { enum: [null] },
    optional: { type: 'string', enum: ['x'], nullable: true },
  },
};

/** A closed object whose extras must be absent, with a property that must be absent. */
export const closed: SchemaObject = {
  type: 'object',
  properties: { name: { type: 'string' }, removed: nothing() },
  additionalProperties: nothing(),
};

/** The 2020-12 keywords that pass through the internal form untyped. */
export const passThrough: Record<string, SchemaObject> = {
  ifThenElse: {
    type: 'object',
    required: ['kind'],
    properties: {
      kind: { type: 'string', enum: ['a', 'b'] },
      a_value: { type: 'integer' },
      b_value: { type: 'string', nullable: true },
    },
    if: { properties: { kind: { enum: ['a'] } } },
    then: { required: ['a_value'] },
    else: { required: ['b_value'] },
  } as SchemaObject,
  patternProperties: {
    type: 'object',
    properties: { name: { type: 'string' } },
    patternProperties: { '^x-': { type: 'string', nullable: true } },
    additionalProperties: false,
  } as SchemaObject,
  propertyNames: {
    type: 'object',
    propertyNames: { pattern: '^[a-z_]+$' },
    additionalProperties: { type: 'integer' },
  } as SchemaObject,
  contains: {
    type: 'array',
    items: { type: 'integer', minimum: 0, maximum: 20 },
    contains: { type: 'integer', minimum: 10 },
    minContains: 1,
    maxContains: 3,
  } as SchemaObject,
  dependentSchemas: {
    type: 'object',
    properties: { a: { type: 'string' }, b: { type: 'integer' } },
    dependentSchemas: { a: { required: ['b'] } },
  } as SchemaObject,
  unevaluatedProperties: {
    type: 'object',
    allOf: [{ properties: { a: { type: 'string' } } }],
    properties: { b: { type: 'integer' } },
    unevaluatedProperties: nothing(),
  } as SchemaObject,
  unevaluatedItems: {
    type: 'array',
    prefixItems: [{ type: 'string' }],
    unevaluatedItems: nothing(),
  } as SchemaObject,
  not: { type: 'string', not: { enum: ['forbidden'] } },
};

/** A response body that nests all of the above. */
export const everything: SchemaObject = {
  type: 'object',
  required: ['position', 'attachment', 'constants'],
  properties: {
    position,
    counts: versionedCounts,
    flagged: flagAndDate,
    names: nameOnly,
    payment,
    kinded,
    attachment,
    constants,
    closed,
    ...passThrough,
  },
};

const parameter = (name: string, schema: SchemaObject, required = false): ParameterInfo => ({
  name,
  in: 'query',
  required,
  style: 'form',
  explode: true,
  deprecated: false,
  schema,
});

const json = (schema: SchemaObject): Record<string, MediaTypeInfo> => ({ 'application/json': { schema } });

const response = (status: string, schema: SchemaObject): ResponseInfo => ({
  status,
  description: '',
  headers: {},
  content: json(schema),
});

const operation = (
  operationId: string,
  parts: { query?: ParameterInfo[]; body?: SchemaObject; responses: ResponseInfo[] },
): OperationInfo => ({
  operationId,
  method: parts.body === undefined ? 'get' : 'post',
  path: `/${operationId}`,
  tags: [],
  deprecated: false,
  security: [],
  pointer: `/paths/~1${operationId}/${parts.body === undefined ? 'get' : 'post'}`,
  parameters: { path: [], query: parts.query ?? [], header: [], cookie: [] },
  ...(parts.body === undefined ? {} : { requestBody: { required: true, content: json(parts.body) } }),
  responses: Object.fromEntries(parts.responses.map((r) => [r.status, r])),
});

const operations: OperationInfo[] = [
  operation('getPlace', {
    query: [parameter('position', position, true), parameter('token', attachment.properties!.token!)],
    responses: [response('200', everything), response('default', { not: {} })],
  }),
  operation('createPayment', { body: payment, responses: [response('201', payment)] }),
  operation('putKinded', { body: kinded, responses: [response('200', constants)] }),
  operation('putAttachment', { body: attachment, responses: [response('200', closed)] }),
  operation('listCounts', {
    responses: [
      response('200', versionedCounts),
      response('201', flagAndDate),
      response('202', nameOnly),
      ...Object.values(passThrough).map((schema, index) => response(String(210 + index), schema)),
    ],
  }),
];

/**
 * The document as a `LoadedSpec`: what `specSchemas`, `createValidators`
 * and `operationArbitrary` read (operations, fingerprint) is real; the rest
 * is a stub.
 */
export const openapi31Spec = {
  openapi: '3.1.0',
  info: { title: 'circleci-kit 2020-12 keywords', version: '1' },
  fingerprint: 'openapi-31-keywords-1',
  operations: new Map(operations.map((op) => [op.operationId, op])),
} as unknown as LoadedSpec;

/** The modes that cannot be checked, and why (`default` response: `{ not: {} }` allows nothing). */
export const OPENAPI_31_NOT_CHECKED = ['getPlace response default application/json: valid (UNSATISFIABLE_SCHEMA)'];
