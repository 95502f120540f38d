import type { BuiltRequest } from '../built-request.ts';
import type { ResponseView } from '../hooks.ts';

/** The outcome of one attempt: a response, or why none came. */
export type AttemptOutcome =
  | { kind: 'response'; response: ResponseView & { raw: Headers }; text: string }
  | { kind: 'network' | 'timeout' | 'aborted'; cause: unknown };

function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === '') return undefined;
  if (contentType === undefined || /json/i.test(contentType) || /^\s*[[{"]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

const records = new WeakMap<Headers, Record<string, string>>();

/** The headers as a plain record with lower-case names, made once per response and only when read. */
export function headerRecord(headers: Headers): Record<string, string> {
  let record = records.get(headers);
  if (record === undefined) {
    record = {};
    for (const [name, value] of headers) record[name] = value;
    records.set(headers, record);
  }
  return record;
}

/**
 * A response as hooks and results show it, its `headers` record built on
 * first read: copying undici's headers costs several percent of a local round
 * trip, and most calls never look at them.
 */
export function responseView(status: number, raw: Headers, data: unknown): ResponseView & { raw: Headers } {
  return {
    status,
    data,
    raw,
    get headers() {
      return headerRecord(raw);
    },
  };
}

/** Aborts on the caller's signal and after `timeoutMs`; nothing at all when neither is set. */
function attemptSignal(timeoutMs: number, signal: AbortSignal | undefined) {
  if (timeoutMs <= 0) return { signal, timedOut: () => false, done: () => {} };
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = (): void => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => expired,
    done: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}

/**
 * Sends one attempt through the injected fetch and reads the whole body,
 * within `timeoutMs` (0 for none) and the caller's `signal`, following
 * redirects unless `redirect` says otherwise. Never throws: failures come
 * back as an outcome.
 */
export async function sendOnce(
  fetchFn: typeof globalThis.fetch,
  request: BuiltRequest,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  redirect?: RequestRedirect,
): Promise<AttemptOutcome> {
  if (signal?.aborted) return { kind: 'aborted', cause: signal.reason };
  const abort = attemptSignal(timeoutMs, signal);
  try {
    const init: RequestInit = { method: request.method, headers: request.headers };
    if (abort.signal) init.signal = abort.signal;
    if (request.body !== undefined) init.body = request.body;
    if (redirect !== undefined) init.redirect = redirect;
    const response = await fetchFn(request.url, init);
    const text = await response.text();
    const data = parseBody(text, response.headers.get('content-type') ?? undefined);
    return { kind: 'response', response: responseView(response.status, response.headers, data), text };
  } catch (cause) {
    if (signal?.aborted) return { kind: 'aborted', cause: signal.reason };
    return { kind: abort.timedOut() ? 'timeout' : 'network', cause };
  } finally {
    abort.done();
  }
}

/** Waits `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
