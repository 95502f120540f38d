import { CircleCIError, sendRequest, type RawResponse } from '@circleci-kit/core-client';
import { startTarget, type MockServer, type MockServerOptions } from '@circleci-kit/mock-server';
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import { matchBody } from './match-body.ts';
import { PactError } from './pact-error.ts';
import type { PactFile, PactInteraction } from './pact-types.ts';
import type { InteractionResult, PactMismatch, PactVerificationReport } from './pact-verification-report.ts';
import { REPLAY_STATE, TOKEN_PLACEHOLDER } from './token-placeholder.ts';
import type { ReplayedRequest } from './to-pact-interaction.ts';
import { expectedBody, pactRequest, type OutgoingPactRequest } from './_internals/pact-request.ts';
import { isHttpInteraction as isHttp } from './is-http-interaction.ts';

/** What a provider-state handler gets besides the state's params. */
export interface StateContext {
  /** The target's base URL. */
  baseUrl: string;
  /** The embedded mock, when the target is `mock` (seed its `state` here). */
  mock?: MockServer;
  /** Sends a request to the target with the verification's token (core-client's `sendRequest`, no retry). */
  send: (request: ReplayedRequest) => Promise<RawResponse>;
}

/**
 * Sets a provider state up; may return values for `ProviderState`
 * generators (`${pipelineId}`), which default to the state's params.
 */
export type StateHandler = (
  params: Readonly<Record<string, unknown>>,
  context: StateContext,
) => void | Record<string, unknown> | Promise<void | Record<string, unknown>>;

/** Options of {@link verifyPact}. */
export interface VerifyPactOptions {
  /** `mock` (the embedded mock, started for the run) or the provider's base URL. @default 'mock' */
  target?: string;
  /** The spec; needed for the `mock` target. @default undefined */
  spec?: LoadedSpec;
  /** The token put where pacts hold the placeholder. @default 'pact-verify-token' against the mock */
  token?: string;
  /** Provider-state handlers by state name. @default {} */
  stateHandlers?: Readonly<Record<string, StateHandler>>;
  /** The fetch used for every request. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /** Options of the embedded mock. @default the mock-server's `TARGET_MOCK_DEFAULTS` (5 items a page), as conformance runs it */
  mock?: Partial<Omit<MockServerOptions, 'spec'>>;
  /** Per request, in ms. @default 10000 */
  timeoutMs?: number;
  /** Called after each interaction. @default undefined */
  onResult?: (result: InteractionResult) => void;
}

const operationOf = (interaction: PactInteraction): string => {
  const fromComments = interaction.comments?.operationId;
  return typeof fromComments === 'string' ? fromComments : (interaction.description.split(/\s/)[0] ?? 'interaction');
};

function compareResponse(
  interaction: PactInteraction,
  response: RawResponse,
  values: Record<string, unknown>,
): PactMismatch[] {
  const mismatches: PactMismatch[] = [];
  const expected = interaction.response;
  if (response.status !== expected.status) {
    mismatches.push({
      where: 'status',
      pointer: '',
      message: `expected status ${expected.status}, got ${response.status}`,
    });
  }
  for (const [name, list] of Object.entries(expected.headers ?? {})) {
    const want = (Array.isArray(list) ? list : [String(list)]).join(', ');
    const got = response.headers[name.toLowerCase()];
    const rule = Object.entries(expected.matchingRules?.header ?? {}).find(
      ([n]) => n.toLowerCase() === name.toLowerCase(),
    )?.[1];
    if (got === undefined) mismatches.push({ where: 'header', pointer: name, message: `missing header ${name}` });
    else if (rule !== undefined) {
      for (const m of matchBody(want, got, { $: rule }))
        mismatches.push({ where: 'header', pointer: name, message: m.message });
    } else if (
      name.toLowerCase() === 'content-type'
        ? got.split(';')[0]!.trim().toLowerCase() !== want.split(';')[0]!.trim().toLowerCase()
        : got !== want
    ) {
      mismatches.push({ where: 'header', pointer: name, message: `expected ${name}: ${want}, got ${got}` });
    }
  }
  if (expected.body?.content !== undefined) {
    const want = expectedBody(interaction, values);
    if (/json/i.test(expected.body.contentType) && expected.body.encoded === false) {
      let actual: unknown;
      try {
        actual = JSON.parse(response.text);
      } catch {
        mismatches.push({
          where: 'body',
          pointer: '',
          message: `expected a JSON body, got ${JSON.stringify(response.text.slice(0, 60))}`,
        });
        return mismatches;
      }
      for (const m of matchBody(want, actual, expected.matchingRules?.body)) mismatches.push({ where: 'body', ...m });
    } else if (String(want) !== response.text) {
      mismatches.push({ where: 'body', pointer: '', message: 'the body differs from the pact' });
    }
  }
  return mismatches;
}

/**
 * Verifies pacts against a provider, like Pact's own verifier: for each
 * `Synchronous/HTTP` interaction, set its provider states up (the embedded
 * mock is reset first; {@link REPLAY_STATE} is set up by sending the flow's
 * earlier requests again; other states by `stateHandlers`), send its
 * request with the token where the pact holds the placeholder and
 * provider-state values where it has generators, and hold the response to
 * the status, headers and body under the matching rules ({@link matchBody}).
 * A target that cannot be reached stops the run (`aborted`).
 *
 * @example
 * const report = await verifyPact(readPacts('pacts').map((p) => p.pact), { target: 'mock', spec });
 * console.log(report.totals); // { passed: 212, failed: 0, skipped: 0, error: 0 }
 */
export async function verifyPact(
  pacts: PactFile | readonly PactFile[] | ReadonlyArray<{ path: string; pact: PactFile }>,
  options: VerifyPactOptions = {},
): Promise<PactVerificationReport> {
  const started = performance.now();
  const entries: ReadonlyArray<PactFile | { path: string; pact: PactFile }> = Array.isArray(pacts) ? pacts : [pacts];
  const list = entries.map((entry) => ('pact' in entry ? entry : { path: '<object>', pact: entry }));
  const targetOption = options.target ?? 'mock';
  const isMock = targetOption === 'mock';
  if (isMock && options.spec === undefined)
    throw new PactError('BAD_OPTION', 'verifying against the mock needs the spec (options.spec)');
  const token = options.token ?? (isMock ? 'pact-verify-token' : undefined);
  const doFetch = options.fetch;
  const target = await startTarget(targetOption, { spec: options.spec, token, mock: options.mock });
  const { baseUrl, mock } = target;
  const send = async (outgoing: OutgoingPactRequest): Promise<RawResponse> => {
    try {
      return await sendRequest(outgoing, {
        timeoutMs: options.timeoutMs ?? 10_000,
        ...(doFetch ? { fetch: doFetch } : {}),
      });
    } catch (error) {
      if (!(error instanceof CircleCIError)) throw error;
      throw new PactError('TARGET_UNREACHABLE', `cannot reach ${baseUrl}: ${error.message}; check --target`, baseUrl);
    }
  };
  const context: StateContext = {
    baseUrl,
    ...(mock ? { mock } : {}),
    send: (request) => {
      const { body, ...rest } = request;
      const pactBody =
        body === undefined ? {} : { body: { content: body, contentType: 'application/json', encoded: false as const } };
      return send(
        pactRequest({ ...rest, ...pactBody, headers: { 'circle-token': [TOKEN_PLACEHOLDER] } }, baseUrl, {}, token),
      );
    },
  };
  const handlers: Record<string, StateHandler> = {
    [REPLAY_STATE]: async (params, ctx) => {
      for (const request of (params.requests ?? []) as ReplayedRequest[]) await ctx.send(request);
    },
    ...options.stateHandlers,
  };
  const results: InteractionResult[] = [];
  let aborted: { reason: string } | undefined;
  try {
    for (const { path, pact } of list) {
      for (const interaction of pact.interactions.filter(isHttp)) {
        const t0 = performance.now();
        const base = {
          pact: path,
          consumer: pact.consumer.name,
          provider: pact.provider.name,
          description: interaction.description,
          key: interaction.key ?? '',
          operationId: operationOf(interaction),
          request: { method: interaction.request.method, path: interaction.request.path },
        };
        if (aborted !== undefined) {
          results.push({ ...base, status: 'error', reason: aborted.reason, mismatches: [], durationMs: 0 });
          continue;
        }
        const mismatches: PactMismatch[] = [];
        let result: InteractionResult;
        try {
          target.reset();
          const values: Record<string, unknown> = {};
          for (const state of interaction.providerStates ?? []) {
            Object.assign(values, state.params);
            const handler = handlers[state.name];
            if (handler === undefined) {
              if (!isMock)
                mismatches.push({
                  where: 'state',
                  pointer: state.name,
                  message: `no state handler for "${state.name}": pass one in stateHandlers`,
                });
              continue;
            }
            Object.assign(values, (await handler(state.params ?? {}, context)) ?? {});
          }
          const response = await send(pactRequest(interaction.request, baseUrl, values, token));
          mismatches.push(...compareResponse(interaction, response, values));
          result = {
            ...base,
            status: mismatches.length === 0 ? 'passed' : 'failed',
            mismatches,
            actualStatus: response.status,
            durationMs: Math.round(performance.now() - t0),
          };
        } catch (error) {
          if (!(error instanceof PactError) || error.code !== 'TARGET_UNREACHABLE') throw error;
          aborted = { reason: error.message };
          result = {
            ...base,
            status: 'error',
            reason: error.message,
            mismatches: [],
            durationMs: Math.round(performance.now() - t0),
          };
        }
        results.push(result);
        options.onResult?.(result);
      }
    }
  } finally {
    await target.close();
  }
  const totals = { passed: 0, failed: 0, skipped: 0, error: 0 };
  for (const result of results) totals[result.status] += 1;
  return {
    format: 'circleci-kit-pact-verification/1',
    target: target.name,
    pacts: list.map(({ path, pact }) => ({
      path,
      consumer: pact.consumer.name,
      provider: pact.provider.name,
      interactions: pact.interactions.filter(isHttp).length,
    })),
    results,
    totals,
    durationMs: Math.round(performance.now() - started),
    ...(aborted ? { aborted } : {}),
  };
}
