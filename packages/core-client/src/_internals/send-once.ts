import type { BuiltRequest } from '../built-request.js';
import type { ResponseView } from '../hooks.js';

/** The outcome of one attempt: a response, or why none came. */
export type AttemptOutcome =
  { kind: 'response'; response: ResponseView } | { kind: 'network' | 'timeout' | 'aborted'; cause: unknown };

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

function headersOf(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [name, value] of headers) record[name] = value;
  return record;
}

/**
 * Sends one attempt through the injected fetch and reads the whole body,
 * within `timeoutMs` (0 for none) and the caller's `signal`. Never throws:
 * failures come back as an outcome.
 */
export async function sendOnce(
  fetchFn: typeof globalThis.fetch,
  request: BuiltRequest,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<AttemptOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer =
    timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs)
      : undefined;
  const onAbort = (): void => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (signal?.aborted) return { kind: 'aborted', cause: signal.reason };
    const init: RequestInit = { method: request.method, headers: request.headers, signal: controller.signal };
    if (request.body !== undefined) init.body = request.body;
    const response = await fetchFn(request.url, init);
    const text = await response.text();
    const headers = headersOf(response.headers);
    return {
      kind: 'response',
      response: { status: response.status, headers, data: parseBody(text, headers['content-type']) },
    };
  } catch (cause) {
    if (signal?.aborted) return { kind: 'aborted', cause: signal.reason };
    return { kind: timedOut ? 'timeout' : 'network', cause };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Waits `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
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
