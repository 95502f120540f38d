import type { SlugParameterKind } from '@circleci-kit/slug';

/**
 * The shape of the operation table: what the request builder and the client
 * know about each operation. `tools/codegen` writes one entry per operation of
 * the spec into `generated/operations.ts`; tests may hand-write their own.
 */

/** An HTTP method, upper case as sent on the wire. */
export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';

/** Where a parameter travels. */
export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/** The JSON type a parameter's schema declares; `any` when it declares none (`schema: {}`). */
export type ParameterType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'any';

/**
 * What kind of slug a path parameter holds, so the builder can encode it with
 * `@circleci-kit/slug` (segments joined by a literal `/`); decided by
 * `slugParameterKind` of `@circleci-kit/slug`.
 */
export type SlugKind = SlugParameterKind;

/** A scalar that may appear in an `enum`. */
export type EnumValue = string | number | boolean | null;

/** One parameter of an operation. */
export interface ParameterSpec {
  /** The name on the wire, as the spec writes it: `project-slug`, `context_id`, `orgID`. */
  readonly name: string;
  /** The camelCase name callers use: `projectSlug`, `contextId`, `orgID`. */
  readonly key: string;
  /** Where it travels. */
  readonly in: ParameterLocation;
  /** Whether a value must be given (always true in the path). */
  readonly required: boolean;
  /** OpenAPI serialization style: `simple`, `form`, `spaceDelimited`, `pipeDelimited`, `deepObject`. */
  readonly style: string;
  /** OpenAPI `explode`. */
  readonly explode: boolean;
  /** The declared type. */
  readonly type: ParameterType;
  /** The declared type of array items, for `type: 'array'`. */
  readonly itemType?: ParameterType;
  /**
   * Set on a query parameter that takes one value or many (`anyOf` an item
   * and an array of items, exploded): `'main'` goes out as `?branches=main`,
   * `['main', 'dev']` as `?branches=main&branches=dev`, and one value on the
   * wire reads back as the item, not a one-item array.
   */
  readonly oneOrMany?: boolean;
  /** Allowed values, when the schema has an `enum`. */
  readonly enum?: readonly EnumValue[];
  /** The schema's `format` (`uuid`, `date-time`, …), informative. */
  readonly format?: string;
  /** Set on slug path parameters. */
  readonly slug?: SlugKind;
  /** Whether the spec marks the parameter deprecated. */
  readonly deprecated?: boolean;
}

/** The request body of an operation. */
export interface BodySpec {
  /** The content type sent, e.g. `application/json`. */
  readonly contentType: string;
  /** Whether the spec requires a body. */
  readonly required: boolean;
}

/** One operation, as the builder and the client need it. */
export interface OperationSpec {
  /** The spec's operationId, e.g. `triggerPipeline`, `GetOrgClaims`. */
  readonly id: string;
  readonly method: HttpMethod;
  /** The path template, e.g. `/project/{project-slug}/pipeline`. */
  readonly path: string;
  /** Parameters by location, each in spec order. */
  readonly parameters: {
    readonly path: readonly ParameterSpec[];
    readonly query: readonly ParameterSpec[];
    readonly header: readonly ParameterSpec[];
    readonly cookie: readonly ParameterSpec[];
  };
  /** The request body, when the operation takes one. */
  readonly body?: BodySpec;
  /** The 2xx statuses the spec declares, ascending. */
  readonly successStatuses: readonly number[];
  /** True when the operation takes `page-token` and answers with `next_page_token`. */
  readonly paginated: boolean;
  readonly deprecated: boolean;
  /** Security alternatives in effect, each a list of scheme names (`api_key_header`, `basic_auth`, …). */
  readonly security: ReadonlyArray<readonly string[]>;
}

/** Every operation by operationId. */
export type OperationTable = Readonly<Record<string, OperationSpec>>;
