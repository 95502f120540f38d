import type { AuthScheme } from '../auth.ts';
import type { BuildRequestOptions } from './build-request-for.ts';
import type { Hooks } from '../hooks.ts';
import type { OperationTable } from '../operation-spec.ts';
import type { RetryPolicy } from '../retry-policy.ts';

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
