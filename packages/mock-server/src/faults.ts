/**
 * Opt-in faults for testing clients, decided per request from the seed and
 * the request's sequence number, so the same seed and order give the same faults.
 */
import { unit } from './_internals/hash.ts';
import { MockServerError } from './mock-server-error.ts';

/** The faults the mock can inject. */
export type FaultKind = 'rate-limit' | 'server-error' | 'latency' | 'drop' | 'truncate';

/** The kinds, in the order they are decided. */
export const FAULT_KINDS: readonly FaultKind[] = ['rate-limit', 'server-error', 'latency', 'drop', 'truncate'];

/**
 * The share (0…1) of requests that get each fault.
 *
 * - `rate-limit`: 429 with `Retry-After: 1`;
 * - `server-error`: 500 or 503 with a `{"message"}` body;
 * - `latency`: the answer comes `latencyMs` later;
 * - `drop`: the connection is closed without an answer;
 * - `truncate`: the headers promise the full body, half of it is sent, then the connection closes.
 *
 * @default {} (no faults)
 */
export type FaultRates = Partial<Record<FaultKind, number>>;

/** What the server does to one request. */
export interface FaultDecision {
  kind: FaultKind | undefined;
  /** Added latency in ms (0 without a latency fault). */
  delayMs: number;
}

const ALIASES: Record<string, FaultKind> = {
  '429': 'rate-limit',
  'rate-limit': 'rate-limit',
  '5xx': 'server-error',
  '500': 'server-error',
  'server-error': 'server-error',
  latency: 'latency',
  drop: 'drop',
  truncate: 'truncate',
};

/**
 * Parses a `--fault KIND:RATE` value: KIND is `rate-limit` (or `429`),
 * `server-error` (or `5xx`), `latency`, `drop` or `truncate`; RATE is a
 * share between 0 and 1.
 *
 * @example
 * parseFault('429:0.1'); // → ['rate-limit', 0.1]
 */
export function parseFault(text: string): [FaultKind, number] {
  const [name = '', rateText = '', ...rest] = text.split(':');
  const kind = ALIASES[name.toLowerCase()];
  const rate = Number(rateText);
  if (kind === undefined || rest.length > 0 || rateText === '' || !(rate >= 0 && rate <= 1)) {
    throw new MockServerError(
      'BAD_FAULT',
      `bad fault "${text}": write KIND:RATE with KIND one of ${FAULT_KINDS.join(', ')} and RATE between 0 and 1`,
      text,
    );
  }
  return [kind, rate];
}

/** Checks fault rates and throws a `BAD_FAULT` error for one out of range or unknown. */
export function checkFaults(faults: FaultRates): void {
  for (const [kind, rate] of Object.entries(faults)) {
    if (!FAULT_KINDS.includes(kind as FaultKind) || typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) {
      throw new MockServerError('BAD_FAULT', `bad fault ${kind}: ${String(rate)} (a share between 0 and 1)`, kind);
    }
  }
}

/**
 * The fault of the `sequence`-th request (0-based): at most one of
 * rate-limit, server-error, drop and truncate, plus latency on its own draw.
 *
 * @example
 * decideFault({ 'rate-limit': 1 }, 7, 0); // → { kind: 'rate-limit', delayMs: 0 }
 */
export function decideFault(faults: FaultRates, seed: number, sequence: number, latencyMs = 100): FaultDecision {
  let kind: FaultKind | undefined;
  let delayMs = 0;
  FAULT_KINDS.forEach((candidate, index) => {
    const rate = faults[candidate];
    if (rate === undefined || rate === 0 || unit(seed, sequence, index) >= rate) return;
    if (candidate === 'latency') delayMs = latencyMs;
    else kind ??= candidate;
  });
  return { kind, delayMs };
}
