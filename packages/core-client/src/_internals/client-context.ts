import type { AuthScheme } from '../auth.js';
import type { BuildRequestOptions } from './build-request-for.js';
import type { Hooks } from '../hooks.js';
import type { OperationTable } from '../operation-spec.js';
import type { RetryPolicy } from '../retry-policy.js';

/** Everything a client holds, resolved from its options. Kept in a closure, never on the client object. */
export interface ClientContext {
  readonly table: OperationTable;
  readonly fetch: typeof globalThis.fetch;
  readonly token: string | undefined;
  readonly auth: AuthScheme;
  readonly baseUrl: string;
  readonly userAgent: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
  readonly hooks: Hooks;
  readonly throwOnError: boolean;
  readonly random: () => number;
  /** The builder options every call starts from. */
  readonly build: BuildRequestOptions;
}
