import type { HttpMethod } from './operation-spec.ts';

/** When and how often a failed attempt is tried again. */
export interface RetryOptions {
  /**
   * Retries after the first attempt; `0` turns retrying off.
   * @default 3
   * @example 5
   */
  maxRetries?: number;
  /**
   * The backoff base: retry `n` (from 0) waits a random time in `[0, min(maxDelayMs, baseDelayMs × 2ⁿ))` (full jitter).
   * @default 500
   * @example 100
   */
  baseDelayMs?: number;
  /**
   * The most one backoff may wait.
   * @default 30000
   * @example 10000
   */
  maxDelayMs?: number;
  /**
   * The longest `Retry-After` the client waits for; a 429 asking for more fails at once with `RETRY_AFTER_TOO_LONG`.
   * @default 60000
   * @example 120000
   */
  maxRetryAfterMs?: number;
  /**
   * Statuses that are retried. 429 honours `Retry-After`; the others back off.
   * @default [429, 502, 503, 504]
   * @example [429, 503]
   */
  statuses?: readonly number[];
  /**
   * Whether network errors and timeouts are retried.
   * @default true
   * @example false
   */
  networkErrors?: boolean;
  /**
   * Whether non-idempotent methods (POST, PATCH) are retried too. Off by
   * default, so that `triggerPipeline` is never sent twice unless asked.
   * @default false
   * @example true
   */
  unsafeMethods?: boolean;
}

/** {@link RetryOptions} with every default filled in. */
export type RetryPolicy = Required<RetryOptions>;

/** The defaults of {@link RetryOptions}. */
export const DEFAULT_RETRY: RetryPolicy = Object.freeze({
  maxRetries: 3,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 60_000,
  statuses: Object.freeze([429, 502, 503, 504]),
  networkErrors: true,
  unsafeMethods: false,
});

/**
 * Merges retry settings over a base policy: `false` turns retries off, a
 * number sets `maxRetries`, an object overrides field by field.
 *
 * @example
 * resolveRetry(5).maxRetries; // 5
 * resolveRetry(false).maxRetries; // 0
 */
export function resolveRetry(
  retry: RetryOptions | number | boolean | undefined,
  base: RetryPolicy = DEFAULT_RETRY,
): RetryPolicy {
  if (retry === undefined || retry === true) return base;
  if (retry === false) return { ...base, maxRetries: 0 };
  if (typeof retry === 'number') return { ...base, maxRetries: retry };
  const defined = Object.fromEntries(Object.entries(retry).filter(([, value]) => value !== undefined));
  return { ...base, ...defined };
}

const IDEMPOTENT: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE']);

/**
 * Whether a method may be retried without the user's say-so (RFC 9110 idempotent methods).
 *
 * @example
 * isIdempotent('POST'); // false
 */
export function isIdempotent(method: HttpMethod): boolean {
  return IDEMPOTENT.has(method);
}

/**
 * How long a `Retry-After` value asks to wait, in ms: delay-seconds or an
 * HTTP-date (relative to `nowMs`, never negative). `undefined` when absent or unreadable.
 *
 * @example
 * parseRetryAfter('2', Date.now()); // 2000
 * parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:50 GMT')); // 10000
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/**
 * The wait before retry number `retryIndex` (from 0): exponential backoff
 * with full jitter, `random() × min(maxDelayMs, baseDelayMs × 2^retryIndex)`.
 *
 * @example
 * backoffDelay(2, DEFAULT_RETRY, () => 0.5); // 1000
 */
export function backoffDelay(retryIndex: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryIndex);
  return Math.floor(random() * ceiling);
}
