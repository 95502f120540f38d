import type { BuiltRequest } from '../built-request.ts';
import { CircleCIError, type CircleCIErrorCode } from '../circleci-error.ts';
import type { ApiResponse, CallOptions } from '../client-options.ts';
import type { AttemptContext, ResponseView } from '../hooks.ts';
import type { OperationSpec } from '../operation-spec.ts';
import { networkFailureReason } from '../network-failure-reason.ts';
import { redactRequest } from '../redact.ts';
import { backoffDelay, isIdempotent, parseRetryAfter, resolveRetry } from '../retry-policy.ts';
import { buildRequestFor } from './build-request-for.ts';
import type { ClientContext } from './client-context.ts';
import { scrub } from './scrub.ts';
import { headerRecord, sendOnce, sleep, type AttemptOutcome } from './send-once.ts';

function bodyMessage(data: unknown): string | undefined {
  if (data !== null && typeof data === 'object' && typeof (data as { message?: unknown }).message === 'string') {
    return (data as { message: string }).message;
  }
  return typeof data === 'string' && data.length > 0 && data.length <= 500 ? data : undefined;
}

const FAILURE_TEXT: Record<Exclude<AttemptOutcome['kind'], 'response'>, string> = {
  network: 'could not reach the API',
  timeout: 'timed out',
  aborted: 'was aborted by the caller',
};

/** Turns a failed attempt into a {@link CircleCIError}; every text is redacted and scrubbed of the token. */
function toError(
  ctx: ClientContext,
  operation: OperationSpec,
  view: BuiltRequest,
  outcome: AttemptOutcome,
  attempts: number,
  timeoutMs: number,
): CircleCIError {
  const where = `${operation.id} (${view.method} ${view.url})`;
  const base = { operationId: operation.id, method: view.method, url: view.url, attempts };
  if (outcome.kind !== 'response') {
    const code: CircleCIErrorCode =
      outcome.kind === 'network' ? 'NETWORK_ERROR' : outcome.kind === 'timeout' ? 'TIMEOUT' : 'ABORTED';
    const detail =
      outcome.kind === 'timeout'
        ? ` after ${timeoutMs} ms; raise timeoutMs or try later`
        : outcome.cause === undefined
          ? ''
          : ` (${networkFailureReason(outcome.cause)})`;
    const message = scrub(`${where} ${FAILURE_TEXT[outcome.kind]}${detail}`, ctx.token);
    return new CircleCIError({ ...base, code, message });
  }
  const { status, raw, data } = outcome.response;
  const body = scrub(data, ctx.token);
  const said = bodyMessage(body);
  const message = `CircleCI answered ${status} to ${where}${said ? `: ${said}` : ''}`;
  const requestId = raw.get('x-request-id') ?? raw.get('x-circleci-request-id');
  return new CircleCIError({ ...base, code: 'HTTP_ERROR', status, message, body, ...(requestId ? { requestId } : {}) });
}

async function runHooks<A extends unknown[]>(hooks: ReadonlyArray<(...args: A) => unknown> | undefined, ...args: A) {
  for (const hook of hooks ?? []) await hook(...args);
}

/**
 * One call: builds the request, sends it, retries per the policy (with every
 * retry shown to the hooks) and resolves to the response or throws a
 * {@link CircleCIError}. `throwOnError: false` is applied by the caller.
 */
export async function execute(
  ctx: ClientContext,
  operation: OperationSpec,
  params: Readonly<Record<string, unknown>> | undefined,
  call: CallOptions = {},
): Promise<ApiResponse<unknown>> {
  const options = call.headers ? { ...ctx.build, headers: { ...ctx.build.headers, ...call.headers } } : ctx.build;
  const built = buildRequestFor(operation, params, options);
  let redacted: BuiltRequest | undefined;
  // The redacted view is made only when a hook or an error needs it.
  const view = (): BuiltRequest => (redacted ??= redactRequest(built));
  const policy = call.retry === undefined ? ctx.retry : resolveRetry(call.retry, ctx.retry);
  const timeoutMs = call.timeoutMs ?? ctx.timeoutMs;
  const mayRetry = policy.unsafeMethods || isIdempotent(operation.method);
  const { hooks } = ctx;

  for (let attempt = 1; ; attempt++) {
    const context: AttemptContext = {
      operationId: operation.id,
      attempt,
      get request() {
        return view();
      },
    };
    let request = built;
    for (const hook of hooks.beforeRequest ?? []) {
      const extra = await hook(context);
      if (extra) request = { ...request, headers: { ...request.headers, ...extra } };
    }
    const outcome = await sendOnce(ctx.fetch, request, timeoutMs, call.signal);
    if (outcome.kind === 'response') await runHooks(hooks.afterResponse, context, outcome.response);
    if (outcome.kind === 'response' && isSuccess(operation, outcome.response)) {
      const { status, raw, data } = outcome.response;
      return {
        ok: true,
        status,
        data,
        get headers() {
          return headerRecord(raw);
        },
      };
    }
    const error = toError(ctx, operation, view(), outcome, attempt, timeoutMs);
    const delay = retryDelay(ctx, policy, outcome, attempt, error);
    if (!mayRetry || delay === undefined) throw await failed(ctx, error);
    if (delay instanceof CircleCIError) throw await failed(ctx, delay);
    await runHooks(hooks.beforeRetry, {
      ...context,
      reason: outcome.kind === 'response' ? 'status' : outcome.kind === 'timeout' ? 'timeout' : 'network',
      ...(outcome.kind === 'response' ? { status: outcome.response.status } : {}),
      delayMs: delay.ms,
      fromRetryAfter: delay.fromRetryAfter,
      error,
    });
    try {
      await sleep(delay.ms, call.signal);
    } catch {
      throw await failed(
        ctx,
        toError(ctx, operation, view(), { kind: 'aborted', cause: undefined }, attempt, timeoutMs),
      );
    }
  }
}

function isSuccess(operation: OperationSpec, response: ResponseView): boolean {
  const { status } = response;
  return operation.successStatuses.includes(status) || (status >= 200 && status < 300);
}

interface Delay {
  ms: number;
  fromRetryAfter: boolean;
}

/** How long to wait before retrying, `undefined` for no retry, or the error to throw instead. */
function retryDelay(
  ctx: ClientContext,
  policy: ReturnType<typeof resolveRetry>,
  outcome: AttemptOutcome,
  attempt: number,
  error: CircleCIError,
): Delay | CircleCIError | undefined {
  if (attempt > policy.maxRetries) return undefined;
  if (outcome.kind === 'aborted') return undefined;
  const backoff = { ms: backoffDelay(attempt - 1, policy, ctx.random), fromRetryAfter: false };
  if (outcome.kind !== 'response') return policy.networkErrors ? backoff : undefined;
  const { status, raw } = outcome.response;
  if (!policy.statuses.includes(status)) return undefined;
  // 429 and 503 are the statuses RFC 9110 pairs with Retry-After; the others back off.
  if (status !== 429 && status !== 503) return backoff;
  const asked = parseRetryAfter(raw.get('retry-after'), Date.now());
  if (asked === undefined) return backoff;
  if (asked > policy.maxRetryAfterMs) {
    const wait = `CircleCI asked to wait ${Math.ceil(asked / 1000)} s before retrying, more than retry.maxRetryAfterMs (${policy.maxRetryAfterMs} ms)`;
    return new CircleCIError({
      code: 'RETRY_AFTER_TOO_LONG',
      message: `${error.message} — ${wait}; try again later or raise retry.maxRetryAfterMs`,
      operationId: error.operationId,
      method: error.method,
      url: error.url,
      status: error.status,
      body: error.body,
      requestId: error.requestId,
      attempts: attempt,
      retryAfterMs: asked,
    });
  }
  return { ms: asked, fromRetryAfter: true };
}

async function failed(ctx: ClientContext, error: CircleCIError): Promise<Error> {
  let result: Error = error;
  for (const hook of ctx.hooks.onError ?? []) {
    const replaced = await hook(error);
    if (replaced instanceof Error) result = replaced;
  }
  return result;
}
