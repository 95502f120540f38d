/**
 * The phases that judge sequences of requests: pagination and stateful flows.
 */
import { RequestValidationError } from '@circleci-kit/core-client';
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import fc from 'fast-check';
import { paginationConsistent, type FetchedPage } from '../checks/pagination-consistent.ts';
import { statefulStep } from '../checks/stateful.ts';
import type { CheckId } from '../check-catalogue.ts';
import { sendableInputs } from './input-arbitraries.ts';
import type { PhaseCheckOutcome } from './property-phase.ts';
import { flowFor, type FlowVars } from './stateful-flows.ts';
import type { UnitContext } from './unit-context.ts';
import { buildInput, toBuilderParams, unsendablePath } from './wire.ts';

type Outcomes = Promise<Map<CheckId, PhaseCheckOutcome>>;

const skipped = (checks: readonly CheckId[], reason: string): Map<CheckId, PhaseCheckOutcome> =>
  new Map(checks.map((id) => [id, { status: 'skipped', cases: 0, reason }]));

/** The most pages a walk follows before it counts as endless. */
export const PAGE_LIMIT = 100;

/** pagination-consistent: from a few valid first-page inputs, follow next_page_token to the end. */
export async function paginationPhase(context: UnitContext, checks: readonly CheckId[]): Outcomes {
  const { operation } = context;
  if (!operation.parameters.query.some((parameter) => parameter.name === 'page-token')) {
    return skipped(checks, 'the operation does not page (no page-token parameter)');
  }
  const inputs = fc.sample(
    sendableInputs(operation).filter((input) => !unsendablePath(operation, input)),
    { seed: context.seed, numRuns: Math.min(context.runs, 3) },
  );
  await context.reset();
  let walks = 0;
  for (const input of inputs) {
    const params = toBuilderParams(operation, input);
    const pages: FetchedPage[] = [];
    let token: string | undefined;
    let complete = false;
    while (pages.length < PAGE_LIMIT) {
      let built;
      try {
        built = buildInput(operation, token === undefined ? params : { ...params, pageToken: token }, {
          baseUrl: context.baseUrl,
          token: context.token,
        });
      } catch (error) {
        // An input the builder refuses is no walk (request-valid reports the builder's refusals).
        if (!(error instanceof RequestValidationError)) throw error;
        pages.length = 0;
        break;
      }
      const { request, response } = await context.exchange(built, `${operation.operationId} page ${pages.length + 1}`);
      pages.push({ token, response });
      if (pages.length === 1 && (response.status < 200 || response.status > 299)) {
        pages.length = 0;
        break;
      }
      const message = paginationConsistent(pages, false);
      const next = (response.json as { next_page_token?: unknown } | undefined)?.next_page_token;
      if (message !== undefined && !message.startsWith('pagination did not end')) {
        return new Map([
          [
            'pagination-consistent',
            { status: 'failed', cases: walks + 1, failure: { message, request, response, input, path: '' } },
          ],
        ]);
      }
      if (typeof next !== 'string') {
        complete = true;
        break;
      }
      token = next;
    }
    if (pages.length === 0) continue;
    walks += 1;
    if (!complete) {
      const last = pages[pages.length - 1]!;
      return new Map([
        [
          'pagination-consistent',
          {
            status: 'failed',
            cases: walks,
            failure: { message: paginationConsistent(pages, false)!, response: last.response, input, path: '' },
          },
        ],
      ]);
    }
  }
  return walks === 0
    ? skipped(checks, 'no generated input got a first page (2xx)')
    : new Map(checks.map((id) => [id, { status: 'passed', cases: walks }]));
}

/** stateful: the flow this operation starts, from a reset target. */
export async function statefulPhase(context: UnitContext, checks: readonly CheckId[], spec: LoadedSpec): Outcomes {
  const { operation } = context;
  const steps = flowFor(spec, operation.operationId, context.seed);
  if (steps === undefined) return skipped(checks, 'no stateful flow starts with this operation');
  if (!context.writes) return skipped(checks, 'the flow writes to the target: run with --allow-writes');
  await context.reset();
  const vars: FlowVars = {};
  const names = steps.map((step) => step.operationId).join(' → ');
  for (const [index, step] of steps.entries()) {
    const label = `step ${index + 1} ${step.operationId}${index > 0 ? ` after ${steps[index - 1]!.operationId}` : ''}`;
    const params = step.params(vars);
    const stepOperation = spec.operations.get(step.operationId);
    if (stepOperation === undefined) return skipped(checks, `the spec has no ${step.operationId}, a step of the flow`);
    const built = buildInput(stepOperation, params, { baseUrl: context.baseUrl, token: context.token });
    const { request, response } = await context.exchange(
      built,
      `${names}: ${label}`,
      [{ name: `flow ${operation.operationId}`, params: { ...vars } }],
      step.operationId,
    );
    const message = statefulStep(label, step.expect(vars), response);
    if (message !== undefined) {
      return new Map([
        [
          'stateful',
          {
            status: 'failed',
            cases: index + 1,
            failure: { message: `${names}: ${message}`, request, response, input: params, path: '' },
          },
        ],
      ]);
    }
    step.capture?.(response.json, vars);
  }
  return new Map([['stateful', { status: 'passed', cases: steps.length }]]);
}
