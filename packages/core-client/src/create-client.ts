import { operations, specFingerprint } from '../generated/operations.ts';
import type { OperationData, OperationId, PaginatedOperationId } from '../generated/operation-types.ts';
import { makeClient, type ApiFailure } from './_internals/make-client.ts';
import type { ParamsArgs } from './build-request.ts';
import type { ApiResponse, CallOptions, ClientOptions } from './client-options.ts';
import type { PageIterator, PaginateOptions } from './paginate.ts';

export type { ApiFailure } from './_internals/make-client.ts';

/** What a call resolves to: the response, or with `throwOnError: false` the response or the failure. */
export type CallResult<Id extends OperationId, Throw extends boolean> = Throw extends false
  ? ApiResponse<OperationData[Id]> | ApiFailure
  : ApiResponse<OperationData[Id]>;

/** The type of one item of a paginated operation's `items`. */
export type PageItem<Id extends OperationId> = OperationData[Id] extends { items?: ReadonlyArray<infer Item> | null }
  ? Item
  : unknown;

/** One method per operation, named after its operationId with a lower-case first letter. */
export type OperationMethods<Throw extends boolean> = {
  readonly [Id in OperationId as Uncapitalize<Id>]: (
    ...args: ParamsArgs<Id, CallOptions>
  ) => Promise<CallResult<Id, Throw>>;
};

/** The client's own members, besides one method per operation. */
export interface ClientBase<Throw extends boolean> {
  /** sha256 of the canonical JSON of the spec this client was generated from. */
  readonly specFingerprint: string;
  /**
   * Calls any operation by operationId.
   * @example await client.request('getCurrentUser')
   */
  request<Id extends OperationId>(
    operationId: Id,
    ...args: ParamsArgs<Id, CallOptions>
  ): Promise<CallResult<Id, Throw>>;
  /**
   * Calls an operation whose id and params are known only at run time (a
   * command line, a config file): nothing is checked at compile time, and
   * everything when called. An unknown operation, or params of the wrong
   * name or type, throw `RequestValidationError` before anything is sent.
   * @example await client.requestUnchecked(operationIdFromArgs, paramsFromArgs)
   */
  requestUnchecked(
    operationId: string,
    params?: Readonly<Record<string, unknown>>,
    options?: CallOptions,
  ): Promise<ApiResponse<unknown> | (Throw extends false ? ApiFailure : never)>;
  /**
   * The items of a paginated operation, fetched page by page; `.pages()` gives the pages.
   * Only operations that take `page-token` and answer `next_page_token` are accepted.
   * @example for await (const pipeline of client.paginate('listPipelinesForProject', { projectSlug })) {}
   */
  paginate<Id extends PaginatedOperationId>(
    operationId: Id,
    ...args: ParamsArgs<Id, PaginateOptions>
  ): PageIterator<PageItem<Id>>;
  /**
   * {@link ClientBase.paginate} for an operation and params known only at run
   * time; an operation that is not paginated, or bad params, throw
   * `RequestValidationError`.
   * @example for await (const item of client.paginateUnchecked(operationIdFromArgs, paramsFromArgs)) {}
   */
  paginateUnchecked(
    operationId: string,
    params?: Readonly<Record<string, unknown>>,
    options?: PaginateOptions,
  ): PageIterator<unknown>;
}

/** A client for every operation of the CircleCI API v2. */
export type CircleCIClient<Throw extends boolean = true> = ClientBase<Throw> & OperationMethods<Throw>;

/**
 * Creates a client with one method per operation of the spec it was
 * generated from, plus `request`, `paginate`, their unchecked forms for
 * dynamic calls (`requestUnchecked`, `paginateUnchecked`) and
 * `specFingerprint`. The token stays in a closure: printing or serializing
 * the client never shows it.
 *
 * @example
 * const client = createClient({ token: process.env.CIRCLECI_TOKEN });
 * const { data } = await client.triggerPipeline({ projectSlug: 'gh/acme/api', body: { branch: 'dev' } });
 */
export function createClient<const Throw extends boolean = true>(
  options?: ClientOptions & { readonly throwOnError?: Throw | undefined },
): CircleCIClient<Throw> {
  return makeClient(operations, specFingerprint, options) as unknown as CircleCIClient<Throw>;
}
