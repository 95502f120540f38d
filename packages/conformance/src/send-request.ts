import { ConformanceError } from './conformance-error.js';
import type { RecordedResponse } from './interaction.js';

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
 * A function that sends one request and records the response (status,
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
  const doFetch = options.fetch ?? globalThis.fetch;
  let count = 0;
  const sendOnce = async (request: OutgoingRequest): Promise<RecordedResponse> => {
    count += 1;
    const started = performance.now();
    const signal = AbortSignal.timeout(timeoutMs);
    let text: string;
    let response: Response;
    try {
      response = await doFetch(request.url, {
        method: request.method,
        headers: request.headers as Record<string, string>,
        ...(request.body === null || request.body === undefined ? {} : { body: request.body }),
        signal,
        redirect: 'manual',
      });
      text = await response.text();
    } catch (error) {
      if (signal.aborted) throw unreachable(request, `did not answer within ${timeoutMs} ms (stalled)`);
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw unreachable(request, `cannot be reached: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name] = value));
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
      headers,
      body: text.length > MAX_BODY ? text.slice(0, MAX_BODY) : text,
      ...(json === undefined ? {} : { json }),
      elapsedMs: performance.now() - started,
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
