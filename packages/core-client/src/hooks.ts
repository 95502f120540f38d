import type { BuiltRequest } from './built-request.ts';
import type { CircleCIError } from './circleci-error.ts';

/** What every hook sees of an attempt. The request is redacted: no hook ever sees the token. */
export interface AttemptContext {
  /** The operation called. */
  readonly operationId: string;
  /** 1 for the first attempt, 2 for the first retry, … */
  readonly attempt: number;
  /** The request with `Circle-Token`, basic auth and `circle-token` masked. */
  readonly request: BuiltRequest;
}

/** A response as `afterResponse` sees it. */
export interface ResponseView {
  readonly status: number;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON when the body was JSON, else its text; `undefined` when empty. */
  readonly data: unknown;
}

/** Why an attempt is being retried. */
export interface RetryContext extends AttemptContext {
  /** `status` for a retried HTTP status, `network` for a fetch failure, `timeout` for an attempt over `timeoutMs`. */
  readonly reason: 'status' | 'network' | 'timeout';
  /** The status that is being retried, for `reason: 'status'`. */
  readonly status?: number;
  /** How long the client waits before the next attempt. */
  readonly delayMs: number;
  /** Whether `delayMs` came from `Retry-After`. */
  readonly fromRetryAfter: boolean;
  /** The failure of this attempt. */
  readonly error: CircleCIError;
}

/**
 * Functions called around each attempt (ky-style: each a list, called in
 * order, awaited). A hook that throws ends the call with its error.
 *
 * @example
 * const hooks: Hooks = {
 *   beforeRetry: [({ attempt, delayMs, reason }) => console.error(`retry ${attempt} in ${delayMs} ms (${reason})`)],
 * };
 */
export interface Hooks {
  /**
   * Before each attempt, retries included. May return headers to add to this attempt.
   * @default []
   * @example [({ request }) => console.log(request.method, request.url)]
   */
  beforeRequest?: ReadonlyArray<
    (context: AttemptContext) => void | Record<string, string> | Promise<void | Record<string, string>>
  >;
  /**
   * After each response, whatever its status, retried ones included.
   * @default []
   * @example [({ attempt }, response) => console.log(attempt, response.status)]
   */
  afterResponse?: ReadonlyArray<(context: AttemptContext, response: ResponseView) => void | Promise<void>>;
  /**
   * Before waiting for each retry.
   * @default []
   * @example [({ delayMs }) => console.log(`waiting ${delayMs} ms`)]
   */
  beforeRetry?: ReadonlyArray<(context: RetryContext) => void | Promise<void>>;
  /**
   * When the call fails for good; may return another error to throw instead.
   * @default []
   * @example [(error) => void report(error.toJSON())]
   */
  onError?: ReadonlyArray<(error: CircleCIError) => void | Error | Promise<void | Error>>;
}
