import { CircleCIError, networkFailureReason, sendRequest } from '@circleci-kit/core-client';
import { ConformanceError } from './conformance-error.ts';
import type { RecordedResponse } from './interaction.ts';

/** A request ready to go: a `BuiltRequest` or a raw one. */
export interface OutgoingRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | null | undefined;
}

/** Options of {@link createSender}. */
export interface SenderOptions {
  /**
   * How long one request may take before the target counts as stalled.
   * @default 10000
   */
  timeoutMs?: number;
  /**
   * Wait and retry on 429 with `Retry-After` (live targets); off against the
   * mock, where a 429 is a finding.
   * @default false
   */
  respectRateLimits?: boolean;
  /**
   * The longest `Retry-After` honoured, in seconds; longer ends the run.
   * @default 60
   */
  maxRetryAfterSeconds?: number;
  /** @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
}

/** Sends requests and counts them. */
export interface Sender {
  (request: OutgoingRequest): Promise<RecordedResponse>;
  /** Requests sent so far (retries included). */
  readonly count: number;
}

const MAX_BODY = 64 * 1024;

function unreachable(request: OutgoingRequest, why: string): ConformanceError {
  const { origin } = new URL(request.url);
  return new ConformanceError('TARGET_UNREACHABLE', `the target ${origin} ${why}`, origin);
}

/**
 * A function that sends one request through core-client's `sendRequest` (no
 * retry, redirects kept as answers) and records the response (status,
 * lower-case headers, body text, parsed JSON, elapsed time). A connection
 * error, a dropped connection or a request slower than `timeoutMs` throws
 * `ConformanceError` `TARGET_UNREACHABLE`, so a run against a target that
 * stalls or dies ends instead of hanging.
 *
 * @example
 * const send = createSender({ timeoutMs: 5000 });
 * const response = await send({ method: 'GET', url: `${mock.url}/me`, headers: { 'circle-token': token }, body: undefined });
 */
export function createSender(options: SenderOptions = {}): Sender {
  const timeoutMs = options.timeoutMs ?? 10_000;
  let count = 0;
  const sendOnce = async (request: OutgoingRequest): Promise<RecordedResponse> => {
    count += 1;
    const built = {
      method: request.method,
      url: request.url,
      headers: { ...request.headers },
      body: request.body ?? undefined,
    };
    let response;
    try {
      response = await sendRequest(built, {
        timeoutMs,
        redirect: 'manual',
        ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      });
    } catch (error) {
      if (!(error instanceof CircleCIError)) throw error;
      if (error.code === 'TIMEOUT') throw unreachable(request, `did not answer within ${timeoutMs} ms (stalled)`);
      throw unreachable(request, `cannot be reached: ${networkFailureReason(error.cause)}`);
    }
    const { text } = response;
    let json: unknown;
    if (text !== '') {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    return {
      status: response.status,
      headers: { ...response.headers },
      body: text.length > MAX_BODY ? text.slice(0, MAX_BODY) : text,
      ...(json === undefined ? {} : { json }),
      elapsedMs: response.elapsedMs,
    };
  };
  const send = async (request: OutgoingRequest): Promise<RecordedResponse> => {
    let response = await sendOnce(request);
    for (let attempt = 0; options.respectRateLimits === true && response.status === 429 && attempt < 5; attempt++) {
      const seconds = Number(response.headers['retry-after'] ?? '1');
      const max = options.maxRetryAfterSeconds ?? 60;
      if (!Number.isFinite(seconds) || seconds > max) {
        throw unreachable(request, `asks to wait ${response.headers['retry-after']} s (rate limit), over ${max} s`);
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, seconds) * 1000));
      response = await sendOnce(request);
    }
    return response;
  };
  return Object.defineProperty(send, 'count', { get: () => count }) as Sender;
}
