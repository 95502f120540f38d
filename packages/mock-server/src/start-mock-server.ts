/**
 * Starts the mock server.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRouter, toOperationTable } from '@circleci-kit/core-client';
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import { corsPolicy, type CorsOptions } from './cors.ts';
import { checkFaults, type FaultRates } from './faults.ts';
import { createRequestHandler } from './handle-request.ts';
import { MockServerError } from './mock-server-error.ts';
import { ResponseCatalog } from './response-catalog.ts';
import { MockState } from './state/mock-state.ts';

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  /** The loaded spec (from `@circleci-kit/spec-loader`'s `loadSpec`). */
  spec: LoadedSpec;
  /** @default '127.0.0.1' */
  host?: string;
  /** 0 picks a free port. @default 0 */
  port?: number;
  /** Decides sampled bodies, ids and faults. @default 1 */
  seed?: number;
  /** The tokens accepted; any non-empty token when not given. @default undefined */
  tokens?: Iterable<string>;
  /** The share of requests that get each fault. @default {} */
  faults?: FaultRates;
  /** The delay a `latency` fault adds, in ms. @default 100 */
  latencyMs?: number;
  /** Items per page of every `page-token` operation. @default 20 */
  pageSize?: number;
  /** The largest request body accepted, in bytes; larger gets 413. @default 1048576 */
  bodyLimit?: number;
  /**
   * The most pipelines, contexts, schedules and webhooks held together; a
   * create that would go over evicts the oldest of them first (a pipeline
   * with its workflows and jobs). A positive integer; no bound when not
   * given. @default undefined
   */
  maxResources?: number;
  /**
   * Cross-origin access for browser pages: CORS preflights answered, and
   * `access-control-allow-origin` on every response for the origins allowed.
   * `false` sends no CORS headers (a preflight then gets 405, as any
   * `OPTIONS`). @default { origins: '*' }
   * @example { origins: ['http://localhost:5173'] }
   */
  cors?: CorsOptions | false;
}

/** A running mock server. */
export interface MockServer {
  /** The API base, e.g. `http://127.0.0.1:41234/api/v2`: a client's `baseUrl`. */
  readonly url: string;
  readonly port: number;
  /** The stateful flows' memory and virtual clock (`state.advance(ms)`). */
  readonly state: MockState;
  /** Forgets every pipeline, context, schedule, … and restarts the clock. */
  reset(): void;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new MockServerError('BAD_OPTIONS', `${name} must be a non-negative integer, got ${value}`, value);
  }
  return value;
}

/**
 * Starts an embedded CircleCI API v2 provider, served under `/api/v2` on
 * 127.0.0.1: every operation of the spec routed (multi-segment project
 * slugs included), tokens checked, input validated, state kept for
 * pipelines, workflows, jobs, contexts, environment variables, checkout
 * keys, schedules and webhooks, lists paged, and faults injected on request.
 *
 * @example
 * ```ts
 * const spec = await loadSpec('../shared/specs/current/openapi.json');
 * const mock = await startMockServer({ spec, seed: 7 });
 * const res = await fetch(`${mock.url}/me`, { headers: { 'Circle-Token': 'any' } });
 * await mock.close();
 * ```
 */
export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const { spec } = options;
  if (spec.operations.size === 0) throw new MockServerError('BAD_OPTIONS', 'the spec has no operations');
  const seed = positiveInteger('seed', options.seed, 1);
  const pageSize = positiveInteger('pageSize', options.pageSize, 20);
  if (pageSize === 0) throw new MockServerError('BAD_OPTIONS', 'pageSize must be at least 1', pageSize);
  const faults = options.faults ?? {};
  checkFaults(faults);
  const maxResources =
    options.maxResources === undefined ? undefined : positiveInteger('maxResources', options.maxResources, 0);
  if (maxResources === 0) throw new MockServerError('BAD_OPTIONS', 'maxResources must be at least 1', maxResources);
  const state = new MockState(seed, { maxResources });
  const tokens = options.tokens === undefined ? undefined : new Set(options.tokens);
  const handler = createRequestHandler({
    spec,
    router: createRouter(Object.values(toOperationTable(spec.operations))),
    catalog: new ResponseCatalog(spec, seed),
    state,
    seed,
    tokens,
    faults: Object.values(faults).some((rate) => rate > 0) ? faults : undefined,
    latencyMs: positiveInteger('latencyMs', options.latencyMs, 100),
    pageSize,
    bodyLimit: positiveInteger('bodyLimit', options.bodyLimit, 1024 * 1024),
    cors: corsPolicy(options.cors),
  });
  const server: Server = createServer({ keepAliveTimeout: 5_000 }, handler);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) =>
      reject(new MockServerError('LISTEN_FAILED', `cannot listen on ${host}:${options.port ?? 0}: ${error.message}`)),
    );
    server.listen(positiveInteger('port', options.port, 0), host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/api/v2`,
    port,
    state,
    reset: () => state.reset(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
