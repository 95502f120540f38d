/**
 * The phases that judge single requests: request (pure), valid, negative and auth.
 */
import { RequestValidationError } from '@circleci-kit/core-client';
import type { InvalidOperationInput, OperationInput } from '@circleci-kit/schema';
import { parsePointer } from '@circleci-kit/spec-loader';
import { authEnforced, isSecured } from '../checks/auth-enforced.ts';
import { contentTypeDeclared } from '../checks/content-type-declared.ts';
import { errorResponseProblem } from '../checks/error-response-problem.ts';
import { invalidRejectedByBuilder } from '../checks/invalid-rejected-by-builder.ts';
import { negativeRejected } from '../checks/negative-rejected.ts';
import { notAServerError } from '../checks/not-a-server-error.ts';
import { positiveAccepted } from '../checks/positive-accepted.ts';
import { requestValid } from '../checks/request-valid.ts';
import type { RequestKind, ResponseCheck, ResponseCheckContext } from '../checks/response-check.ts';
import { responseHeaders } from '../checks/response-headers.ts';
import { responseSchema } from '../checks/response-schema.ts';
import { responseTime } from '../checks/response-time.ts';
import { routerRoundTrip } from '../checks/router-round-trip.ts';
import { statusCodeDeclared } from '../checks/status-code-declared.ts';
import { buildCheckedRequest } from '../build-checked-request.ts';
import type { CheckId } from '../check-catalogue.ts';
import { invalidInputs, sendableInputs, validInputs } from './input-arbitraries.ts';
import { runPropertyPhase, type CaseFailure, type PhaseCheckOutcome } from './property-phase.ts';
import { arbitraryOf, type UnitContext } from './unit-context.ts';
import { buildInput, rawRequest, readInputValue, unsendablePath } from './wire.ts';

type Outcomes = Promise<Map<CheckId, PhaseCheckOutcome>>;

const VALID_CHECKS: ReadonlyArray<[CheckId, ResponseCheck]> = [
  ['not-a-server-error', notAServerError],
  ['status-code-declared', statusCodeDeclared],
  ['content-type-declared', contentTypeDeclared],
  ['response-schema', responseSchema],
  ['response-headers', responseHeaders],
  ['positive-accepted', positiveAccepted],
  ['response-time', responseTime],
];

const noReset = async (): Promise<void> => {};

/** What a response check reads of one exchange of the unit's operation. */
function checkContext(
  context: UnitContext,
  exchanged: Pick<ResponseCheckContext, 'request' | 'response'>,
  sent: RequestKind,
): ResponseCheckContext {
  const { operation, validators, checkOptions: options } = context;
  return { operation, request: exchanged.request, response: exchanged.response, validators, options, sent };
}

function build(context: UnitContext, input: OperationInput, token: string | undefined) {
  return buildInput(context.operation, input, {
    baseUrl: context.baseUrl,
    ...(token === undefined ? {} : { token }),
  });
}

/** request-valid and router-round-trip over valid inputs, invalid-rejected-by-builder over invalid ones: no network. */
export async function requestPhase(context: UnitContext, checks: readonly CheckId[]): Outcomes {
  const { operation, validators, baseUrl } = context;
  const outcomes = new Map<CheckId, PhaseCheckOutcome>();
  const validChecks = checks.filter((id) => id !== 'invalid-rejected-by-builder');
  if (validChecks.length > 0) {
    const valid = await runPropertyPhase({
      arbitrary: arbitraryOf(context, () => validInputs(operation)),
      checks: validChecks,
      seed: context.seed,
      runs: context.runs,
      reset: noReset,
      skipReason: 'no valid input could be generated',
      evaluate: (input, active) => {
        if (unsendablePath(operation, input)) return 'discard';
        const failures = new Map<CheckId, CaseFailure>();
        let built;
        try {
          built = build(context, input, undefined);
        } catch (error) {
          const message = `the builder refused a valid input: ${(error as Error).message}`;
          for (const id of active) failures.set(id, { message });
          return failures;
        }
        if (active.has('request-valid')) {
          const message = requestValid(operation, built, validators, baseUrl);
          if (message) failures.set('request-valid', { message });
        }
        if (active.has('router-round-trip')) {
          const message = routerRoundTrip(context.router, operation, built, input.pathParams, baseUrl);
          if (message) failures.set('router-round-trip', { message });
        }
        return failures;
      },
    });
    for (const [id, outcome] of valid) outcomes.set(id, outcome);
  }
  if (checks.includes('invalid-rejected-by-builder')) {
    let arbitrary;
    try {
      arbitrary = arbitraryOf(context, () => invalidInputs(operation));
    } catch (error) {
      outcomes.set('invalid-rejected-by-builder', { status: 'skipped', cases: 0, reason: (error as Error).message });
      return outcomes;
    }
    const invalid = await runPropertyPhase({
      arbitrary,
      checks: ['invalid-rejected-by-builder'],
      seed: context.seed,
      runs: context.runs,
      reset: noReset,
      skipReason: 'no invalid input could be generated',
      evaluate: (sample) => {
        // A path value no URL can carry is refused for that reason first; it says nothing of the violation.
        if (unsendablePath(operation, sample.value)) return 'discard';
        let outcome: unknown;
        try {
          outcome = buildCheckedRequest(operation, sample.value, validators, { baseUrl });
        } catch (error) {
          outcome = error;
        }
        const message = invalidRejectedByBuilder(sample, outcome, 0);
        return new Map(message ? [['invalid-rejected-by-builder', { message }]] : []);
      },
    });
    for (const [id, outcome] of invalid) outcomes.set(id, outcome);
  }
  return outcomes;
}

/** The response checks over valid inputs, sent with the token. */
export async function validPhase(context: UnitContext, checks: readonly CheckId[]): Outcomes {
  const { operation } = context;
  return runPropertyPhase({
    arbitrary: arbitraryOf(context, () => sendableInputs(operation)),
    checks,
    seed: context.seed,
    runs: context.runs,
    reset: context.reset,
    skipReason: 'the builder refused every generated input',
    evaluate: async (input, active) => {
      let built;
      try {
        built = build(context, input, context.token);
      } catch (error) {
        if (error instanceof RequestValidationError) return 'discard';
        throw error;
      }
      const exchanged = await context.exchange(built, `${operation.operationId} with a valid input`);
      const { request, response } = exchanged;
      const failures = new Map<CheckId, CaseFailure>();
      for (const [id, check] of VALID_CHECKS) {
        if (!active.has(id)) continue;
        const message = check(checkContext(context, exchanged, 'valid'));
        if (message) failures.set(id, { message, request, response });
      }
      return failures;
    },
  });
}

/** Whether an invalid input is still invalid once serialized (a number for a string parameter is not). */
function invalidOnWire(context: UnitContext, sample: InvalidOperationInput): boolean {
  const { pointer, keyword } = sample.violation;
  const [group, name = ''] = parsePointer(pointer) ?? [];
  if (group === 'body' || keyword === 'required') return true;
  const location = group === 'pathParams' ? 'path' : group === 'headers' ? 'header' : 'query';
  const parameter = context.operation.parameters[location].find((p) => p.name === name);
  const value = sample.value[group as 'pathParams' | 'query' | 'headers'][name];
  if (parameter === undefined || value === undefined) return true;
  const read = readInputValue(context.operation, location, name, value);
  return !context.validators.parameter(context.operation.operationId, location, name)(read).valid;
}

/** negative-rejected: inputs that break one constraint, sent raw with the token. */
export async function negativePhase(context: UnitContext, checks: readonly CheckId[]): Outcomes {
  const { operation } = context;
  let arbitrary;
  try {
    arbitrary = arbitraryOf(context, () => invalidInputs(operation));
  } catch (error) {
    return new Map(checks.map((id) => [id, { status: 'skipped', cases: 0, reason: (error as Error).message }]));
  }
  return runPropertyPhase({
    arbitrary,
    checks,
    seed: context.seed,
    runs: context.runs,
    reset: context.reset,
    skipReason: 'no generated invalid input stays invalid once serialized',
    evaluate: async (sample) => {
      if (!invalidOnWire(context, sample)) return 'discard';
      const raw = rawRequest(operation, sample.value, context.baseUrl);
      if (raw === undefined) return 'discard';
      raw.headers['circle-token'] = context.token;
      const description = `${operation.operationId} with ${sample.violation.keyword} broken at ${sample.violation.pointer}`;
      const { request, response } = await context.exchange(raw, description);
      const checked = checkContext(context, { request, response }, 'invalid-input');
      const rejected = negativeRejected(checked);
      const message = rejected ?? errorResponseProblem(checked)?.replace(/^/, 'the answer fails ');
      return new Map(
        message ? [['negative-rejected', { message: `${message} (${description})`, request, response }]] : [],
      );
    },
  });
}

/** auth-enforced: valid inputs sent without a token and with a wrong one. */
export async function authPhase(context: UnitContext, checks: readonly CheckId[]): Outcomes {
  const { operation } = context;
  if (!isSecured(operation)) {
    return new Map(
      checks.map((id) => [id, { status: 'skipped', cases: 0, reason: 'the operation needs no credentials' }]),
    );
  }
  return runPropertyPhase({
    arbitrary: arbitraryOf(context, () => sendableInputs(operation)),
    checks,
    seed: context.seed,
    runs: Math.min(context.runs, 5),
    reset: context.reset,
    skipReason: 'the builder refused every generated input',
    evaluate: async (input) => {
      for (const [token, label] of [
        [undefined, 'without a token'],
        [context.wrongToken, 'with a wrong token'],
      ] as const) {
        let built;
        try {
          built = build(context, input, token);
        } catch {
          return 'discard';
        }
        const { request, response } = await context.exchange(built, `${operation.operationId} ${label}`);
        const checked = checkContext(context, { request, response }, 'auth-failure');
        const message = authEnforced(checked) ?? errorResponseProblem(checked)?.replace(/^/, 'the answer fails ');
        if (message) return new Map([['auth-enforced', { message: `${label}: ${message}`, request, response }]]);
      }
      return new Map();
    },
  });
}
