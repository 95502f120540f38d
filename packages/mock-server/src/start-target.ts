/**
 * The target a test run sends to: the embedded mock, started for the run,
 * or a base URL (the live API, a staging host, another provider).
 */
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import { MockServerError } from './mock-server-error.ts';
import { startMockServer, type MockServer, type MockServerOptions } from './start-mock-server.ts';

/** A target opened by {@link startTarget}. */
export interface Target {
  /** The API base: the mock's `url`, or the URL given. */
  readonly baseUrl: string;
  /** The name reports show: `mock`, or the URL given. */
  readonly name: string;
  /** The embedded mock (seed its `state` here); `undefined` for a URL. */
  readonly mock: MockServer | undefined;
  /** Forgets the mock's state; does nothing for a URL (a bound function: pass it on as it is). */
  readonly reset: () => void;
  /** Stops the mock; does nothing for a URL. */
  readonly close: () => Promise<void>;
}

/** Options of {@link startTarget}. */
export interface StartTargetOptions {
  /** The spec the mock serves; needed for the `mock` target. @default undefined */
  spec?: LoadedSpec | undefined;
  /** The one token the mock accepts. @default undefined (any non-empty token) */
  token?: string | undefined;
  /** Options of the embedded mock, over {@link TARGET_MOCK_DEFAULTS}. @default {} */
  mock?: Partial<Omit<MockServerOptions, 'spec'>> | undefined;
}

/**
 * How the embedded mock runs as a target unless told otherwise: 5 items a
 * page, so that the paging of every list is exercised with a few records.
 */
export const TARGET_MOCK_DEFAULTS: Readonly<Partial<MockServerOptions>> = Object.freeze({ pageSize: 5 });

/**
 * Opens a target: `mock` starts the embedded mock on 127.0.0.1 (a free
 * port, {@link TARGET_MOCK_DEFAULTS}, accepting only `token` when given);
 * anything else is taken as the API base URL and nothing is started.
 * Close the target when the run is over.
 *
 * @throws {MockServerError} `BAD_OPTIONS` for the `mock` target without a spec, or bad mock options.
 * @example
 * ```ts
 * const target = await startTarget('mock', { spec, token: 'conformance-token' });
 * try {
 *   await fetch(`${target.baseUrl}/me`, { headers: { 'Circle-Token': 'conformance-token' } });
 * } finally {
 *   await target.close();
 * }
 * ```
 */
export async function startTarget(target: string, options: StartTargetOptions = {}): Promise<Target> {
  if (target !== 'mock') {
    return { baseUrl: target, name: target, mock: undefined, reset: () => undefined, close: () => Promise.resolve() };
  }
  if (options.spec === undefined)
    throw new MockServerError('BAD_OPTIONS', 'the mock target needs the spec it serves (options.spec)');
  const mock = await startMockServer({
    ...TARGET_MOCK_DEFAULTS,
    ...options.mock,
    spec: options.spec,
    ...(options.token === undefined ? {} : { tokens: [options.token] }),
  });
  return { baseUrl: mock.url, name: 'mock', mock, reset: () => mock.reset(), close: () => mock.close() };
}
