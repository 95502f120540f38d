import type { AuthScheme } from './auth.ts';
import type { Hooks } from './hooks.ts';
import type { RetryOptions } from './retry-policy.ts';

/**
 * Options of {@link createClient}. Each may be given as `undefined`, which
 * means its default (`token: process.env.CIRCLECI_TOKEN` compiles under
 * `exactOptionalPropertyTypes`).
 */
export interface ClientOptions {
  /**
   * A personal API token. Without one, requests go out unauthenticated.
   * @default undefined
   * @example process.env.CIRCLECI_TOKEN
   */
  token?: string | undefined;
  /**
   * How the token is sent: `Circle-Token` header, HTTP basic (token as user, empty password), or the deprecated `circle-token` query parameter (warns once).
   * @default 'header'
   * @example 'basic'
   */
  auth?: AuthScheme | undefined;
  /**
   * Where the API lives.
   * @default 'https://circleci.com/api/v2'
   * @example 'http://127.0.0.1:8080/api/v2'
   */
  baseUrl?: string | undefined;
  /**
   * The fetch to use (Node 20, Deno and browsers have one).
   * @default globalThis.fetch
   * @example (input, init) => fetch(input, { ...init, keepalive: true })
   */
  fetch?: typeof globalThis.fetch | undefined;
  /**
   * Per attempt, in ms, body included; `0` for none. None by default, like
   * `fetch` itself (Node's fetch gives up after 300 s without an answer):
   * a timeout costs an AbortSignal per attempt, a few percent of a local round trip.
   * @default 0
   * @example 30000
   */
  timeoutMs?: number | undefined;
  /**
   * Retry settings, `false` for none, or a number of retries.
   * @default { maxRetries: 3, baseDelayMs: 500, maxDelayMs: 30000, maxRetryAfterMs: 60000, statuses: [429, 502, 503, 504], networkErrors: true, unsafeMethods: false }
   * @example { maxRetries: 5, unsafeMethods: true }
   */
  retry?: RetryOptions | number | boolean | undefined;
  /**
   * Hooks around each attempt.
   * @default {}
   * @example { beforeRetry: [({ delayMs }) => console.error(`retrying in ${delayMs} ms`)] }
   */
  hooks?: Hooks | undefined;
  /**
   * The `User-Agent` header (browsers may ignore it).
   * @default 'circleci-kit-core-client'
   * @example 'release-bot/2.1'
   */
  userAgent?: string | undefined;
  /**
   * Headers added to every request.
   * @default {}
   * @example { 'x-team': 'platform' }
   */
  headers?: Readonly<Record<string, string>> | undefined;
  /**
   * `false` makes every call resolve to `{ ok: true, … } | { ok: false, error }` instead of throwing {@link CircleCIError}.
   * @default true
   * @example false
   */
  throwOnError?: boolean | undefined;
  /**
   * Where warnings go (the one-time warning of `auth: 'query'`).
   * @default console.warn
   * @example (message) => logger.warn(message)
   */
  onWarning?: ((message: string) => void) | undefined;
}

/** Options of one call, overriding the client's. */
export interface CallOptions {
  /**
   * Aborts the call (waits between retries included).
   * @default undefined
   * @example AbortSignal.timeout(10_000)
   */
  signal?: AbortSignal;
  /**
   * Per attempt, in ms; `0` for none.
   * @default the client's timeoutMs
   * @example 2000
   */
  timeoutMs?: number;
  /**
   * Headers for this call only.
   * @default {}
   * @example { 'x-trace': 'abc' }
   */
  headers?: Readonly<Record<string, string>>;
  /**
   * Retry settings for this call, merged over the client's.
   * @default the client's retry
   * @example { unsafeMethods: true }
   */
  retry?: RetryOptions | number | boolean;
}

/** What a successful call resolves to. */
export interface ApiResponse<Data> {
  readonly ok: true;
  readonly status: number;
  /** Parsed JSON (or text for non-JSON answers; `undefined` when empty). */
  readonly data: Data;
  /** Response headers, lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
}
