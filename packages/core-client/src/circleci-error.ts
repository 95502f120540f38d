/** Why a call failed. */
export type CircleCIErrorCode =
  /** The API answered with a status outside the operation's success statuses. */
  | 'HTTP_ERROR'
  /** fetch failed: DNS, refused connection, reset, TLS… */
  | 'NETWORK_ERROR'
  /** An attempt took longer than `timeoutMs`. */
  | 'TIMEOUT'
  /** The caller's `signal` aborted the call. */
  | 'ABORTED'
  /** A 429 asked to wait longer than `retry.maxRetryAfterMs`. */
  | 'RETRY_AFTER_TOO_LONG'
  /** Pagination met a `next_page_token` it had already followed. */
  | 'REPEATED_PAGE_TOKEN';

/** What {@link CircleCIError} is built from. Every text in it must already be redacted. */
export interface CircleCIErrorInit {
  code: CircleCIErrorCode;
  message: string;
  operationId: string;
  method: string;
  /** The request URL with any `circle-token` query value masked. */
  url: string;
  status?: number | undefined;
  body?: unknown;
  requestId?: string | undefined;
  /** How many attempts were made, retries included. */
  attempts?: number | undefined;
  /** For 429: how long the server asked to wait, in ms. */
  retryAfterMs?: number | undefined;
  cause?: unknown;
}

/**
 * A failed call to the CircleCI API. The message comes from CircleCI's
 * `{ "message": "…" }` body when there is one. The URL is redacted, and no
 * field, message, `toString()`, `util.inspect` or `JSON.stringify` of the
 * error holds the token.
 *
 * @example
 * try {
 *   await client.getProjectBySlug({ projectSlug: 'gh/acme/nope' });
 * } catch (error) {
 *   if (error instanceof CircleCIError && error.status === 404) console.error(error.message);
 * }
 */
export class CircleCIError extends Error {
  /** Why the call failed. */
  readonly code: CircleCIErrorCode;
  /** The HTTP status, when a response came back. */
  readonly status: number | undefined;
  /** The operation called. */
  readonly operationId: string;
  /** The HTTP method. */
  readonly method: string;
  /** The request URL, with any `circle-token` query value masked. */
  readonly url: string;
  /** The response body: parsed JSON when it was JSON, else its text. */
  readonly body: unknown;
  /** The request id CircleCI sent back (`x-request-id`), for support tickets. */
  readonly requestId: string | undefined;
  /** How many attempts were made, retries included. */
  readonly attempts: number;
  /** For `RETRY_AFTER_TOO_LONG` and 429s: how long the server asked to wait, in ms. */
  readonly retryAfterMs: number | undefined;

  constructor(init: CircleCIErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'CircleCIError';
    this.code = init.code;
    this.status = init.status;
    this.operationId = init.operationId;
    this.method = init.method;
    this.url = init.url;
    this.body = init.body;
    this.requestId = init.requestId;
    this.attempts = init.attempts ?? 1;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** The error's fields as plain JSON (no stack). */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      status: this.status,
      operationId: this.operationId,
      method: this.method,
      url: this.url,
      body: this.body,
      requestId: this.requestId,
      attempts: this.attempts,
      retryAfterMs: this.retryAfterMs,
    };
  }
}
