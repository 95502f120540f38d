/**
 * The shapes that `loadSpec` returns. Every other package reads the spec
 * through these types, never through the raw document.
 */

/** A JSON value, as parsed from the spec. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * An OpenAPI 3.0 Schema Object after normalization: `x-nullable: true` is
 * rewritten to `nullable: true`, and `$ref`s are dereferenced (a circular
 * reference is the same object instance seen again, never expanded forever).
 */
export interface SchemaObject {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  format?: string;
  nullable?: boolean;
  enum?: JsonValue[];
  properties?: Record<string, SchemaObject>;
  required?: string[];
  additionalProperties?: boolean | SchemaObject;
  items?: SchemaObject;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  not?: SchemaObject;
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  pattern?: string;
  minLength?: number;
  maxLength?: number;
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

/** An HTTP method that OpenAPI 3.0 allows on a path item, in lower case. */
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
    | 'path-level-parameter'
    | 'path-parameter-required'
    | 'closed-union'
    | 'repeated-query-value'
    | 'path-parameter-not-in-route';
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
