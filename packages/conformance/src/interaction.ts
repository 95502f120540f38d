import { MASK, redactHeaders, redactUrl } from '@circleci-kit/core-client';

/** A request as it was sent, with every secret masked. */
export interface RecordedRequest {
  /** Upper case, e.g. `GET`. */
  method: string;
  /** Absolute URL, `circle-token` query value masked. */
  url: string;
  /** Lower-case names; `circle-token` and `authorization` masked. */
  headers: Record<string, string>;
  /** The body text, or null. */
  body: string | null;
}

/** A response as it was received. */
export interface RecordedResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** The body text ('' when empty), shortened to 64 KiB. */
  body: string;
  /** The parsed JSON body, or undefined when the body is empty or not JSON. */
  json?: unknown;
  /** Milliseconds from sending to the end of the body. */
  elapsedMs: number;
}

/**
 * One request and its response, secrets masked: what the runner hands to an
 * interaction sink (the Pact writer) and keeps for failure reports.
 */
export interface Interaction {
  /** The operation the request called (in a stateful flow, the step's, not the flow's first). */
  operationId: string;
  /** The phase that sent it: `valid`, `negative`, `auth`, `pagination` or `stateful`. */
  phase: string;
  /** A short description, e.g. `getPipelineById with a valid input`. */
  description: string;
  /** The provider state the request relied on (stateful flows), Pact-style. */
  providerStates: Array<{ name: string; params?: Record<string, unknown> }>;
  request: RecordedRequest;
  response: RecordedResponse;
}

/** Receives every interaction a run records (e.g. a Pact writer). */
export type InteractionSink = (interaction: Interaction) => void | Promise<void>;

/**
 * The request with its secrets masked: the `Circle-Token` header, the
 * `Authorization` credentials and any `circle-token` query value, plus any
 * other occurrence of the token itself.
 *
 * @example
 * redactRecordedRequest({ method: 'GET', url: 'http://127.0.0.1/api/v2/me', headers: { 'circle-token': 't' }, body: null }, 't');
 * // { method: 'GET', url: 'http://127.0.0.1/api/v2/me', headers: { 'circle-token': '***' }, body: null }
 */
export function redactRecordedRequest(request: RecordedRequest, token?: string): RecordedRequest {
  const scrub = (text: string): string => (token ? text.split(token).join(MASK) : text);
  const headers = redactHeaders(request.headers);
  for (const name of Object.keys(headers)) headers[name] = scrub(headers[name]!);
  return {
    method: request.method,
    url: scrub(redactUrl(request.url)),
    headers,
    body: request.body === null ? null : scrub(request.body),
  };
}
