/**
 * What a stateful operation handler receives and returns, and the helpers
 * every handler shares.
 */
import type { OperationInfo } from '@circleci-kit/spec-loader';
import { fitsField } from '../_internals/fits.ts';
import { requestedPageSize } from '../_internals/requested-page-size.ts';
import { pageOf } from '../pagination.ts';
import type { RenderedResponse, ResponseCatalog } from '../response-catalog.ts';
import type { MockState } from '../state/mock-state.ts';

/** One validated request, as a handler sees it. */
export interface HandlerContext {
  operation: OperationInfo;
  /**
   * Path parameters, coerced to their schema types; slugs canonical
   * (`gh/org/repo`). Each is there by its wire name and by its camelCase key,
   * which stays when a spec version respells the name (`context-id`, `context_id`).
   */
  params: Record<string, unknown>;
  /** Query parameters, coerced to their schema types, by wire name and by camelCase key. */
  query: Record<string, unknown>;
  /** The parsed JSON body, `undefined` when there was none. */
  body: unknown;
  /** The token the request was authenticated with (`''` for an unsecured operation). */
  token: string;
  state: MockState;
  catalog: ResponseCatalog;
  pageSize: number;
  /** The spec's operations by operationId, for templates of related operations. */
  operations: Map<string, OperationInfo>;
}

/** What a handler answers: a status and a JSON body. */
export interface HandlerResult {
  status: number;
  body: unknown;
}

/** A handler of one operation: a status and a JSON body, or a response it rendered itself. */
export type Handler = (context: HandlerContext) => HandlerResult | RenderedResponse;

/** A 404 with CircleCI's `{"message"}` body. */
export function notFound(what: string): HandlerResult {
  return { status: 404, body: { message: `${what} not found` } };
}

/** A 400 with CircleCI's `{"message"}` body. */
export function badRequest(message: string): HandlerResult {
  return { status: 400, body: { message } };
}

/**
 * The success body of the context's operation (or its list item: of
 * `items`, or of a list answered as a bare array) with `values` written
 * over it: only keys the schema declares are set, and an `undefined` value
 * removes the key. With `fitting`, a value the key's schema would refuse is
 * left out (for values kept from a request body).
 */
export function fill(
  context: HandlerContext,
  values: Record<string, unknown>,
  options: { item?: boolean; operationId?: string; fitting?: boolean } = {},
): Record<string, unknown> {
  const operation =
    options.operationId === undefined ? context.operation : context.operations.get(options.operationId)!;
  const schema = context.catalog.success(operation).schema;
  const target = options.item === true ? context.catalog.item(operation) : context.catalog.template(operation);
  const properties =
    (options.item === true ? (schema?.items ?? schema?.properties?.items?.items) : schema)?.properties ?? {};
  for (const [key, value] of Object.entries(values)) {
    const property = properties[key];
    if (property === undefined) continue;
    if (value === undefined) delete target[key];
    else if (options.fitting !== true || fitsField(property, value)) target[key] = value;
  }
  return target;
}

/** The success answer of the context's operation with `values` written over its template. */
export function ok(context: HandlerContext, values: Record<string, unknown>): HandlerResult {
  return { status: context.catalog.success(context.operation).status, body: fill(context, values) };
}

/**
 * One page of `items` (already rendered) by the request's `page-token`, or
 * 400 for a token not issued here. Pages are `pageSize` long, or as long as
 * the operation's `page-size` / `limit` parameter asks (1…100).
 */
export function paged(context: HandlerContext, items: readonly unknown[], key: string): HandlerResult {
  const token = context.query['page-token'];
  const size = requestedPageSize(context.query, context.pageSize);
  const page = pageOf(items, typeof token === 'string' ? token : undefined, size, key);
  if (page === undefined) return badRequest('invalid page-token: pass the next_page_token of a previous page');
  return ok(context, { items: page.items, next_page_token: page.next_page_token });
}
