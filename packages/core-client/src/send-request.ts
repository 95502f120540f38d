import type { BuiltRequest } from './built-request.ts';
import { CircleCIError } from './circleci-error.ts';
import { networkFailureReason } from './network-failure-reason.ts';
import { redactUrl } from './redact.ts';
import { headerRecord, sendOnce } from './_internals/send-once.ts';
import { scrub } from './_internals/scrub.ts';

/** Options of {@link sendRequest}. */
export interface SendRequestOptions {
  /**
   * The fetch to use.
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch;
  /**
   * How long the attempt may take, body included, in ms; `0` for no limit.
   * @default 0
   * @example 10000
   */
  timeoutMs?: number;
  /**
   * Aborts the request.
   * @default undefined
   */
  signal?: AbortSignal;
  /**
   * fetch's `redirect`: `manual` keeps a 3xx as the response.
   * @default 'follow'
   */
  redirect?: RequestRedirect;
  /**
   * The operation named in errors.
   * @default 'request'
   */
  operationId?: string;
}

/** A request to send: a `BuiltRequest`, or any request written by hand (any method, a binary body). */
export type RequestToSend = Omit<BuiltRequest, 'method' | 'body'> & {
  readonly method: string;
  readonly body?: string | Uint8Array | undefined;
};

/** A response as it came: status, headers, the whole body. */
export interface RawResponse {
  readonly status: number;
  /** The headers, lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body text. */
  readonly text: string;
  /** The body parsed as JSON when it is JSON, else its text; `undefined` when empty. */
  readonly data: unknown;
  /** From the request going out to the whole body read, in ms. */
  readonly elapsedMs: number;
}

/**
 * Sends one request once, with no retry and no check of the status: the
 * transport under the client, for callers that must see the raw answer of
 * every request (the conformance runner, the pact verifier). A request that
 * cannot be sent throws {@link CircleCIError} (`NETWORK_ERROR`, `TIMEOUT`,
 * `ABORTED`) with the URL redacted and the token scrubbed from every text.
 *
 * @throws {CircleCIError} when no response came.
 * @example
 * const response = await sendRequest(buildRequest('getCurrentUser', {}, { baseUrl: mock.url, token }));
 * response.status; // 200
 */
export async function sendRequest(request: RequestToSend, options: SendRequestOptions = {}): Promise<RawResponse> {
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 0;
  const started = performance.now();
  const outcome = await sendOnce(fetchFn, request as BuiltRequest, timeoutMs, options.signal, options.redirect);
  if (outcome.kind === 'response') {
    const { status, raw, data } = outcome.response;
    return { status, headers: headerRecord(raw), text: outcome.text, data, elapsedMs: performance.now() - started };
  }
  const url = redactUrl(request.url);
  const operationId = options.operationId ?? 'request';
  const text =
    outcome.kind === 'timeout'
      ? `did not answer within ${timeoutMs} ms`
      : outcome.kind === 'aborted'
        ? 'was aborted'
        : `could not be reached: ${networkFailureReason(outcome.cause)}`;
  const message = scrub(`${request.method} ${url} ${text}`, request.headers['circle-token']);
  const code = outcome.kind === 'timeout' ? 'TIMEOUT' : outcome.kind === 'aborted' ? 'ABORTED' : 'NETWORK_ERROR';
  return Promise.reject(
    new CircleCIError({ code, message, operationId, method: request.method, url, attempts: 1, cause: outcome.cause }),
  );
}
