/**
 * The shapes that `loadSpec` returns. Every other package reads the spec
 * through these types, never through the raw document.
 */

/** A JSON value, as parsed from the spec. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * A Schema Object in the toolkit's one internal form, whichever OpenAPI
 * version the document was written in. Every package reads schemas in this
 * form only, so none of them has a second code path for OpenAPI 3.1.
 *
 * The form is OpenAPI 3.0's dialect, extended with the JSON Schema 2020-12
 * keywords that 3.0 lacks:
 *
 * - one `type` at most; "may be null" is `nullable: true` (3.0's `nullable`,
 *   Swagger's `x-nullable: true`, a 3.1 `type` array holding `"null"` and a
 *   3.1 `anyOf`/`oneOf` with a null-only branch all end up here). A
 *   `nullable` schema's `enum` allows `null` too, without listing it. An
 *   untyped schema that combines nothing allows `null` already and is never
 *   `nullable`. Several non-null types become an `anyOf` of one branch per
 *   type;
 * - `const` is a one-value `enum`; `exclusiveMinimum`/`exclusiveMaximum` are
 *   booleans beside `minimum`/`maximum`; a schema's first `examples` entry is
 *   its `example`;
 * - the boolean schemas `true` and `false` are `{}` and `{ not: {} }`;
 * - `prefixItems`, `dependentRequired`, `contentMediaType` and
 *   `contentEncoding` are kept as 2020-12 defines them (`items` then applies
 *   to the items after the `prefixItems`);
 * - `$ref`s are dereferenced (a circular reference is the same object
 *   instance seen again, never expanded forever).
 */
export interface SchemaObject {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  format?: string;
  nullable?: boolean;
  enum?: JsonValue[];
  properties?: Record<string, SchemaObject>;
  required?: string[];
  /** Properties that must be present when the key property is (2020-12). */
  dependentRequired?: Record<string, string[]>;
  additionalProperties?: boolean | SchemaObject;
  /** The schemas of the first items, in order (2020-12); `items` covers the rest. */
  prefixItems?: SchemaObject[];
  items?: SchemaObject;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  not?: SchemaObject;
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  /** The media type of a string's content, e.g. `application/json` (2020-12 annotation). */
  contentMediaType?: string;
  /** How a string's content is encoded, e.g. `base64` (2020-12 annotation). */
  contentEncoding?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  multipleOf?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minProperties?: number;
  maxProperties?: number;
  readOnly?: boolean;
  writeOnly?: boolean;
  default?: JsonValue;
  example?: JsonValue;
  description?: string;
  title?: string;
  deprecated?: boolean;
  [extension: `x-${string}`]: unknown;
}

/** Where a parameter travels. Cookie parameters are kept but rare. */
export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/** One parameter of an operation, with OpenAPI's defaults filled in. */
export interface ParameterInfo {
  /** The name as the spec writes it, e.g. `project-slug`, `orgID`. */
  name: string;
  in: ParameterLocation;
  /** Always true for path parameters (normalized). */
  required: boolean;
  /** `simple` for path and header, `form` for query and cookie unless the spec says otherwise. */
  style: string;
  /** `true` for `form` style unless the spec says otherwise. */
  explode: boolean;
  schema: SchemaObject;
  deprecated: boolean;
  description?: string;
  example?: JsonValue;
}

/** One media type of a request or response body. */
export interface MediaTypeInfo {
  schema?: SchemaObject;
  example?: JsonValue;
}

/** The request body of an operation. */
export interface RequestBodyInfo {
  required: boolean;
  /** By content type, e.g. `application/json`. */
  content: Record<string, MediaTypeInfo>;
}

/** One response header. */
export interface ResponseHeaderInfo {
  required: boolean;
  schema?: SchemaObject;
  description?: string;
}

/** One declared response of an operation. */
export interface ResponseInfo {
  /** `200`, `202`, `4XX`, `default`, … as written in the spec. */
  status: string;
  description: string;
  /** By content type; empty when the response has no body. */
  content: Record<string, MediaTypeInfo>;
  headers: Record<string, ResponseHeaderInfo>;
}

/** An HTTP method that OpenAPI 3.0 and 3.1 allow on a path item, in lower case. */
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** One operation of the spec, indexed. */
export interface OperationInfo {
  operationId: string;
  method: HttpMethod;
  /** The path template as written, e.g. `/project/{project-slug}/pipeline`. */
  path: string;
  summary?: string;
  description?: string;
  tags: string[];
  deprecated: boolean;
  /** Parameters by location, each list in spec order; path-level parameters merged in. */
  parameters: Record<'path' | 'query' | 'header' | 'cookie', ParameterInfo[]>;
  requestBody?: RequestBodyInfo;
  /** By status as written (`200`, `default`, …). */
  responses: Record<string, ResponseInfo>;
  /**
   * Security requirements in effect (the operation's own, else the
   * document's): a list of alternatives, each naming schemes with scopes.
   */
  security: Array<Record<string, string[]>>;
  /** JSON pointer of the operation object in the document, e.g. `/paths/~1me/get`. */
  pointer: string;
}

/** The spec's own text that shows why a rewrite was made. */
export interface RewriteEvidence {
  /** JSON pointer of the text, e.g. a parameter's `example` or `description`, or the path item a route names. */
  pointer: string;
  /** The whole text, verbatim. */
  text: string;
  /** The part of `text` that shows it, e.g. `?branches=main&branches=dev`. */
  match: string;
}

/** One normalization that `loadSpec` applied, for `LoadedSpec.rewrites`. */
export interface Rewrite {
  kind:
    | 'x-nullable'
    | 'nullable-form'
    | 'path-level-parameter'
    | 'path-parameter-required'
    | 'closed-union'
    | 'repeated-query-value'
    | 'path-parameter-not-in-route'
    | 'path-item-ref'
    | 'boolean-schema'
    | 'ref-siblings'
    | 'nullable-keyword'
    | 'const'
    | 'schema-examples'
    | 'exclusive-bound'
    | 'type-array'
    | 'null-union';
  /** JSON pointer of the place that was rewritten. */
  pointer: string;
  message: string;
  /**
   * The spec text the rewrite rests on, for the kinds that read it:
   * `repeated-query-value` (the parameter's text that shows the repeated
   * form) and `path-parameter-not-in-route` (the route template, which has
   * no `{name}` for the parameter: `pointer` is its path item, `text` and
   * `match` are the route).
   */
  evidence?: RewriteEvidence;
}

/** A validation problem reported in lenient mode (or the error list in strict mode). */
export interface SpecProblem {
  code: string;
  message: string;
  pointer: string;
  line?: number;
  column?: number;
}

/** What `loadSpec` returns. */
export interface LoadedSpec {
  /** The normalized, dereferenced document. */
  document: Record<string, unknown> & { openapi: string; info: SpecInfo; paths: Record<string, unknown> };
  info: SpecInfo;
  /** The document's `openapi` field, e.g. `3.0.3`. */
  openapi: string;
  /** sha256 (hex) of the canonical JSON of the source document. */
  fingerprint: string;
  /** Operations by operationId. */
  operations: Map<string, OperationInfo>;
  /**
   * The operations of 3.1's `webhooks`: requests the API sends, not ones a
   * client makes, so they are kept apart from `operations`. Each one's
   * `path` is the webhook's name and its `pointer` is under `/webhooks`.
   */
  webhooks: OperationInfo[];
  /** Looks an operation up by method and path template (`get`, `/me`). */
  operationByRoute(method: string, path: string): OperationInfo | undefined;
  rewrites: Rewrite[];
  /** Problems found in lenient mode; empty in strict mode (strict throws). */
  warnings: SpecProblem[];
  /** Where it came from: a path, a URL, `<string>` or `<object>`. */
  source: string;
  /** True when it was read from the on-disk cache. */
  fromCache: boolean;
}

/** The `info` object of the document. */
export interface SpecInfo {
  title: string;
  version: string;
  description?: string;
  [key: string]: unknown;
}
