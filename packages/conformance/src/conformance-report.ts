/**
 * The result model of a run: what every reporter renders and what
 * `conformance merge` combines. Its JSON form is described by
 * `CONFORMANCE_REPORT_SCHEMA`.
 */
import type { CheckId, CheckPhase } from './check-catalogue.ts';
import type { RecordedRequest, RecordedResponse } from './interaction.ts';
import type { Shard } from './shard.ts';

/** The outcome of one check on one operation. `error`: the target failed before the check could finish. */
export type CheckStatus = 'passed' | 'failed' | 'skipped' | 'error';

/** Everything needed to understand and reproduce one failure. */
export interface FailureDetail {
  /** What went wrong, e.g. `status 500 is a server error`. */
  message: string;
  /** The seed of the run (`--seed`). */
  seed: number;
  /** The seed of this operation's property, derived from the run's seed. */
  propertySeed: number;
  /** fast-check's path to the shrunk case, when the failure came from a property. */
  path?: string;
  /** The shrunk input: `{ pathParams, query, headers, body }` (secrets masked). */
  input?: unknown;
  request?: RecordedRequest;
  response?: Omit<RecordedResponse, 'json'>;
  /** The request as a curl command, the token replaced by `$CIRCLECI_TOKEN`. */
  curl?: string;
  /** The command that runs exactly this case again. */
  replayCommand: string;
  /** The replay file written for it, when the run wrote one. */
  replayFile?: string;
}

/** The result of one check on one operation. */
export interface CheckResult {
  operationId: string;
  check: CheckId;
  phase: CheckPhase;
  status: CheckStatus;
  /** How many cases (inputs, requests or flow steps) the check judged. */
  cases: number;
  /** Why it was skipped, or why it errored. */
  reason?: string;
  failure?: FailureDetail;
}

/** Counts of results by status. */
export interface ReportTotals {
  passed: number;
  failed: number;
  skipped: number;
  error: number;
}

/** A whole run (or the merge of several shards' runs). */
export interface ConformanceReport {
  /** The version of this format. */
  format: 'circleci-kit-conformance/1';
  spec: { title: string; version: string; fingerprint: string; operations: number };
  /** `mock` or the base URL of the target. */
  target: string;
  seed: number;
  runs: number;
  /** The shards this report covers (several after a merge); empty for an unsharded run. */
  shards: Shard[];
  /** The operationIds the run covered, sorted. */
  operations: string[];
  /** The checks the run asked for, in catalogue order. */
  checks: CheckId[];
  /** One result per (operation, check) pair of the plan, sorted by operation then check. */
  results: CheckResult[];
  totals: ReportTotals;
  /** Requests sent to the target. */
  requests: number;
  /** Wall time of the run in ms (sum over shards after a merge). */
  durationMs: number;
  /** Set when the run stopped early (target unreachable or stalled): the report is partial. */
  aborted?: { reason: string };
}

/**
 * Counts results by status.
 *
 * @example
 * totalsOf([{ status: 'passed' }, { status: 'failed' }]); // { passed: 1, failed: 1, skipped: 0, error: 0 }
 */
export function totalsOf(results: ReadonlyArray<Pick<CheckResult, 'status'>>): ReportTotals {
  const totals: ReportTotals = { passed: 0, failed: 0, skipped: 0, error: 0 };
  for (const result of results) totals[result.status] += 1;
  return totals;
}
