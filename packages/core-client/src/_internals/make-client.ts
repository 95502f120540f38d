import { DEFAULT_BASE_URL } from './build-request-for.ts';
import { methodName } from '../camel-case.ts';
import { CircleCIError } from '../circleci-error.ts';
import type { ApiResponse, CallOptions, ClientOptions } from '../client-options.ts';
import type { OperationSpec, OperationTable } from '../operation-spec.ts';
import { paginatePages, type PageIterator, type PaginateOptions } from '../paginate.ts';
import { redactUrl } from '../redact.ts';
import { RequestValidationError } from '../request-validation-error.ts';
import { resolveRetry } from '../retry-policy.ts';
import type { ClientContext } from './client-context.ts';
import { execute } from './execute.ts';
import { lookupOperation } from '../lookup-operation.ts';

/** The default `User-Agent`. */
export const DEFAULT_USER_AGENT = 'circleci-kit-core-client';

/** What a call resolves to when `throwOnError` is false and it failed. */
export interface ApiFailure {
  readonly ok: false;
  readonly error: CircleCIError;
  readonly status: number | undefined;
}

type Params = Readonly<Record<string, unknown>> | undefined;

/** The untyped client every typed client is a view of. */
export interface UntypedClient {
  readonly specFingerprint: string;
  request(operationId: string, params?: Params, options?: CallOptions): Promise<ApiResponse<unknown> | ApiFailure>;
  requestUnchecked(
    operationId: string,
    params?: Params,
    options?: CallOptions,
  ): Promise<ApiResponse<unknown> | ApiFailure>;
  paginate(operationId: string, params?: Params, options?: PaginateOptions): PageIterator<unknown>;
  paginateUnchecked(operationId: string, params?: Params, options?: PaginateOptions): PageIterator<unknown>;
  readonly [method: string]: unknown;
}

function contextOf(table: OperationTable, options: ClientOptions): ClientContext {
  const fetchFn = options.fetch ?? globalThis.fetch;
  if (typeof fetchFn !== 'function') throw new TypeError('no fetch available: pass one as options.fetch');
  const auth = options.auth ?? 'header';
  if (auth === 'query' && options.token) {
    (options.onWarning ?? console.warn)(
      "circleci-kit: auth 'query' sends the token as the circle-token query parameter, which CircleCI deprecates and proxies may log; prefer auth 'header' or 'basic'",
    );
  }
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const headers = options.headers ?? {};
  return {
    table,
    build: { baseUrl, userAgent, headers, auth, ...(options.token !== undefined ? { token: options.token } : {}) },
    fetch: options.fetch ? fetchFn : (input, init) => globalThis.fetch(input, init),
    token: options.token,
    auth,
    baseUrl,
    userAgent,
    headers,
    timeoutMs: options.timeoutMs ?? 0,
    retry: resolveRetry(options.retry),
    hooks: options.hooks ?? {},
    throwOnError: options.throwOnError ?? true,
    random: Math.random,
  };
}

/**
 * Makes a client over any operation table: one method per operation
 * (camelCase operationId), `request`, `paginate`, their unchecked forms
 * and `specFingerprint`. The token stays in a closure: the client object
 * holds no secret.
 */
export function makeClient(table: OperationTable, specFingerprint: string, options: ClientOptions = {}): UntypedClient {
  const ctx = contextOf(table, options);
  const settle = async (operation: OperationSpec, params: Params, call?: CallOptions) => {
    if (ctx.throwOnError) return execute(ctx, operation, params, call);
    try {
      return await execute(ctx, operation, params, call);
    } catch (error) {
      if (error instanceof CircleCIError) return { ok: false as const, error, status: error.status };
      throw error;
    }
  };
  const request = async (operationId: string, params?: Params, call?: CallOptions) =>
    settle(lookupOperation(table, operationId), params, call);
  const paginate = (operationId: string, params: Params = {}, options: PaginateOptions = {}) => {
    const operation = lookupOperation(table, operationId);
    if (!operation.paginated) {
      throw new RequestValidationError(operationId, [
        { parameter: 'operationId', message: 'this operation is not paginated (no page-token parameter)' },
      ]);
    }
    const { pageToken, ...rest } = params;
    const where = { method: operation.method, url: redactUrl(`${ctx.baseUrl}${operation.path}`) };
    const fetchPage = (token: string | undefined, call: CallOptions) =>
      execute(ctx, operation, token === undefined ? rest : { ...rest, pageToken: token }, call);
    return paginatePages(fetchPage, options, operationId, where, pageToken as string | undefined);
  };
  // The typed and the unchecked forms are one function at run time: the types are all that differ.
  const client: Record<string, unknown> = {
    specFingerprint,
    request,
    requestUnchecked: request,
    paginate,
    paginateUnchecked: paginate,
  };
  for (const operation of Object.values(table)) {
    const name = methodName(operation.id);
    if (name in client) continue;
    client[name] = (params?: Params, call?: CallOptions) => settle(operation, params, call);
  }
  Object.defineProperty(client, Symbol.for('nodejs.util.inspect.custom'), {
    value: () =>
      `CircleCIClient { baseUrl: '${ctx.baseUrl}', auth: '${ctx.auth}', operations: ${Object.keys(table).length} }`,
  });
  return Object.freeze(client) as unknown as UntypedClient;
}
