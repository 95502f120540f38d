import { createRouter, toOperationTable } from '@circleci-kit/core-client';
import { startTarget, type MockServerOptions, type Target } from '@circleci-kit/mock-server';
import { createValidators, SchemaError } from '@circleci-kit/schema';
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import { CHECK_CATALOGUE, type CheckId, type CheckPhase } from './check-catalogue.ts';
import type { ResponseCheckOptions } from './checks/response-check.ts';
import { ConformanceError } from './conformance-error.ts';
import { totalsOf, type CheckResult, type ConformanceReport } from './conformance-report.ts';
import { redactRecordedRequest, type InteractionSink } from './interaction.ts';
import { sortResults } from './merge-reports.ts';
import { DEFAULT_CHECKS, planConformance, type PlanUnit } from './plan.ts';
import { createSender } from './send-request.ts';
import type { Shard } from './shard.ts';
import { failureDetail } from './_internals/failure-detail.ts';
import { seedFor } from './_internals/hash.ts';
import { paginationPhase, statefulPhase } from './_internals/flow-phases.ts';
import type { PhaseCheckOutcome } from './_internals/property-phase.ts';
import { authPhase, negativePhase, requestPhase, validPhase } from './_internals/single-phases.ts';
import type { UnitContext } from './_internals/unit-context.ts';

/** A target given as an object: a base URL and, for a mock, how to reset it. */
export interface ConformanceTarget {
  /** The API base, e.g. `http://127.0.0.1:4010/api/v2`. */
  baseUrl: string;
  /** Resets the target's state before each property (mock-like targets). */
  reset?: () => void | Promise<void>;
  /** Whether writes may be sent. @default false */
  writes?: boolean;
  /** The name reports show. @default baseUrl */
  name?: string;
}

/** Progress after each unit of work. */
export interface ConformanceProgress {
  done: number;
  total: number;
  unit: PlanUnit;
  results: readonly CheckResult[];
  requests: number;
}

/** Options of {@link runConformance}. */
export interface RunConformanceOptions {
  /** The loaded spec. */
  spec: LoadedSpec;
  /**
   * `mock` starts the embedded mock-server in-process; a URL (the API base,
   * e.g. `https://circleci.com/api/v2`) or a {@link ConformanceTarget} tests that.
   * @default 'mock'
   */
  target?: string | ConformanceTarget;
  /** The token sent. @default 'conformance-token' against the mock, else required */
  token?: string;
  /** The environment variable the caller reads the token from, named in the error when there is none. @default 'CIRCLECI_TOKEN' */
  tokenEnv?: string;
  /** operationIds to test. @default every operation (read-only ones for a live target without allowWrites) */
  operations?: readonly string[];
  /** Cases per property. @default 100 */
  runs?: number;
  /** The seed of every property (printed with each failure). @default a random seed */
  seed?: number;
  /** Checks to run. @default every check with `byDefault` */
  checks?: readonly CheckId[];
  /** Only this shard of the work. @default undefined */
  shard?: Shard | undefined;
  /** Send writes (POST, PUT, PATCH, DELETE) to a non-mock target. @default false */
  allowWrites?: boolean;
  /** The `response-time` budget in ms. @default undefined */
  responseTimeBudgetMs?: number;
  /** Only declared statuses pass `status-code-declared`. @default false */
  strictStatus?: boolean;
  /** How long one request may take before the target counts as stalled. @default 10000 */
  timeoutMs?: number;
  /** Where replay files of failures go. @default undefined (none written) */
  replayDir?: string;
  /** The command name printed in replay commands. @default 'circleci-kit conformance' */
  command?: string;
  /** Options of the embedded mock. @default { pageSize: 5 } */
  mock?: Partial<Omit<MockServerOptions, 'spec'>>;
  /** Receives every interaction, secrets masked (e.g. a Pact writer). @default undefined */
  interactions?: InteractionSink;
  /** Called after each unit of work (progress bars). @default undefined */
  onProgress?: (progress: ConformanceProgress) => void;
  /** Replays one recorded case: the unit's only input. @default undefined */
  replay?: { operationId: string; check: CheckId; input: unknown };
}

const READ_METHODS = new Set(['get', 'head']);

function outcomeToResult(unit: PlanUnit, check: CheckId, outcome: PhaseCheckOutcome | undefined): CheckResult {
  const base = { operationId: unit.operationId, check, phase: unit.phase };
  if (outcome === undefined) return { ...base, status: 'skipped', cases: 0, reason: 'not applicable' };
  return {
    ...base,
    status: outcome.status,
    cases: outcome.cases,
    ...(outcome.reason ? { reason: outcome.reason } : {}),
  };
}

/**
 * Runs the conformance suite: for each operation of the plan, request
 * properties (pure), response checks over valid inputs, negative inputs sent
 * raw, auth without or with a wrong token, pagination walks and stateful
 * flows, against the embedded mock (default) or any base URL. Every property
 * is seeded from `seed` and the operationId, and the mock is reset before
 * each, so a seed reproduces a run exactly and a shard's results are those
 * of the unsharded run. A target that cannot be reached or stalls ends the
 * run early with a partial report (`aborted`).
 *
 * @example
 * const report = await runConformance({ spec, runs: 20, seed: 1 });
 * console.log(report.totals); // { passed: …, failed: 0, skipped: …, error: 0 }
 */
export async function runConformance(options: RunConformanceOptions): Promise<ConformanceReport> {
  const started = performance.now();
  const { spec } = options;
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const runs = options.runs ?? 100;
  if (!Number.isSafeInteger(runs) || runs < 1)
    throw new ConformanceError('BAD_OPTION', `runs must be a positive integer, got ${runs}`);
  const targetOption = options.target ?? 'mock';
  const isMock = targetOption === 'mock';
  const token = options.token ?? (isMock ? 'conformance-token' : undefined);
  if (token === undefined)
    throw new ConformanceError(
      'BAD_OPTION',
      `a token is needed for a target other than the mock: ${options.tokenEnv ?? 'CIRCLECI_TOKEN'} is not set`,
    );
  const checks = options.checks ?? DEFAULT_CHECKS;
  for (const id of options.operations ?? []) {
    if (!spec.operations.has(id))
      throw new ConformanceError('UNKNOWN_OPERATION', `the spec has no operation ${id}`, id);
  }
  let opened: Target | undefined;
  let target: ConformanceTarget;
  if (typeof targetOption === 'string') {
    opened = await startTarget(targetOption, { spec, token, mock: options.mock });
    target = {
      baseUrl: opened.baseUrl,
      reset: opened.reset,
      writes: isMock || options.allowWrites === true,
      name: opened.name,
    };
  } else {
    target = { ...targetOption, writes: targetOption.writes ?? options.allowWrites === true };
  }
  const writes = target.writes === true;
  const operationIds = (options.operations ?? [...spec.operations.keys()]).filter(
    (id) => writes || READ_METHODS.has(spec.operations.get(id)!.method),
  );
  const plan = planConformance({ operationIds, checks, shard: options.shard });
  const validators = createValidators(spec);
  const router = createRouter(Object.values(toOperationTable(spec.operations)));
  const send = createSender({ timeoutMs: options.timeoutMs ?? 10_000, respectRateLimits: !isMock });
  const checkOptions: ResponseCheckOptions = {
    responseTimeBudgetMs: options.responseTimeBudgetMs,
    strictStatus: options.strictStatus,
  };
  const command = options.command ?? 'circleci-kit conformance';
  const results: CheckResult[] = [];
  let aborted: { reason: string } | undefined;
  try {
    for (const [index, unit] of plan.entries()) {
      if (aborted !== undefined) {
        for (const check of unit.checks)
          results.push({ ...outcomeToResult(unit, check, undefined), status: 'error', reason: aborted.reason });
        continue;
      }
      const operation = spec.operations.get(unit.operationId)!;
      const unitSeed = seedFor(seed, unit.operationId, unit.phase);
      const context: UnitContext = {
        operation,
        validators,
        router,
        baseUrl: target.baseUrl,
        token,
        wrongToken: 'conformance-wrong-token',
        seed: unitSeed,
        runs: options.replay ? 1 : runs,
        writes,
        checkOptions,
        reset: async () => {
          await target.reset?.();
        },
        ...(options.replay ? { replayInput: options.replay.input } : {}),
        exchange: async (outgoing, description, providerStates = [], operationId = unit.operationId) => {
          const response = await send(outgoing);
          const request = redactRecordedRequest(
            {
              method: outgoing.method,
              url: outgoing.url,
              headers: { ...outgoing.headers },
              body: outgoing.body ?? null,
            },
            token,
          );
          await options.interactions?.({
            operationId,
            phase: unit.phase,
            description,
            providerStates,
            request,
            response,
          });
          return { request, response };
        },
      };
      let outcomes: Map<CheckId, PhaseCheckOutcome>;
      try {
        outcomes = await runPhase(unit.phase, context, unit.checks, spec);
      } catch (error) {
        if (error instanceof SchemaError) {
          const reason = `no input can be generated: ${error.message}`;
          for (const check of unit.checks) results.push({ ...outcomeToResult(unit, check, undefined), reason });
          continue;
        }
        if (!(error instanceof ConformanceError) || error.code !== 'TARGET_UNREACHABLE') throw error;
        aborted = { reason: error.message };
        for (const check of unit.checks)
          results.push({ ...outcomeToResult(unit, check, undefined), status: 'error', reason: error.message });
        continue;
      }
      const unitResults = unit.checks.map((check) => {
        const outcome = outcomes.get(check);
        const result = outcomeToResult(unit, check, outcome);
        const failure = outcome?.failure;
        if (failure !== undefined) {
          result.failure = failureDetail(failure, {
            unit,
            check,
            seed,
            runs,
            propertySeed: unitSeed,
            spec,
            target: target.name ?? target.baseUrl,
            command,
            replayDir: options.replayDir,
          });
        }
        return result;
      });
      results.push(...unitResults);
      options.onProgress?.({ done: index + 1, total: plan.length, unit, results: unitResults, requests: send.count });
    }
  } finally {
    await opened?.close();
  }
  const sorted = sortResults(results);
  const wanted = new Set(checks);
  return {
    format: 'circleci-kit-conformance/1',
    spec: {
      title: spec.info.title,
      version: spec.info.version,
      fingerprint: spec.fingerprint,
      operations: spec.operations.size,
    },
    target: target.name ?? target.baseUrl,
    seed,
    runs,
    shards: options.shard ? [options.shard] : [],
    operations: [...new Set(plan.map((unit) => unit.operationId))].sort(),
    checks: CHECK_CATALOGUE.map((check) => check.id).filter((id) => wanted.has(id)),
    results: sorted,
    totals: totalsOf(sorted),
    requests: send.count,
    durationMs: Math.round(performance.now() - started),
    ...(aborted ? { aborted } : {}),
  };
}

function runPhase(
  phase: CheckPhase,
  context: UnitContext,
  checks: readonly CheckId[],
  spec: LoadedSpec,
): Promise<Map<CheckId, PhaseCheckOutcome>> {
  switch (phase) {
    case 'request':
      return requestPhase(context, checks);
    case 'valid':
      return validPhase(context, checks);
    case 'negative':
      return negativePhase(context, checks);
    case 'auth':
      return authPhase(context, checks);
    case 'pagination':
      return paginationPhase(context, checks);
    case 'stateful':
      return statefulPhase(context, checks, spec);
  }
}
