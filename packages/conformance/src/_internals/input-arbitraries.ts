/**
 * The inputs the phases draw: schema's `operationArbitrary`, held to what
 * the spec allows on the wire. A query parameter may be sent with an empty
 * value (`?claims=`) only when the spec says `allowEmptyValue: true`, and
 * the loaded spec does not carry that flag, so no input sends one: an
 * optional query parameter whose value would go out empty is left out, and
 * an input whose required one would is not drawn.
 */
import { operationArbitrary, type InvalidOperationInput, type OperationInput } from '@circleci-kit/schema';
import type { OperationInfo } from '@circleci-kit/spec-loader';
import type fc from 'fast-check';
import { violatedParameter } from '../checks/invalid-rejected-by-builder.ts';
import { wireTexts } from './wire.ts';

/** Whether a query value goes out as an empty value (`?name=`), or as no value at all (an empty array). */
function emptyOnWire(value: unknown): boolean {
  const texts = wireTexts(value);
  return texts.length === 0 || texts.includes('');
}

/**
 * The input without the optional query parameters whose value would go out
 * empty, or `undefined` when a required one's would. `except` names a query
 * parameter left as it is: the one an invalid input breaks.
 *
 * @example
 * withoutEmptyQueryValues(deleteOrgClaims, { pathParams, query: { claims: '' }, headers: {}, body: undefined }); // undefined
 * withoutEmptyQueryValues(getJobTimeseries, { pathParams, query: { branch: '' }, headers: {}, body: undefined }).query; // {}
 */
export function withoutEmptyQueryValues(
  operation: OperationInfo,
  input: OperationInput,
  except?: string,
): OperationInput | undefined {
  let query = input.query;
  for (const { name, required } of operation.parameters.query) {
    if (name === except || query[name] === undefined || !emptyOnWire(query[name])) continue;
    if (required) return undefined;
    const { [name]: _empty, ...rest } = query;
    query = rest;
  }
  return query === input.query ? input : { ...input, query };
}

/** Valid inputs: no empty query value. */
export function validInputs(operation: OperationInfo): fc.Arbitrary<OperationInput> {
  return operationArbitrary(operation)
    .map((input) => withoutEmptyQueryValues(operation, input))
    .filter((input): input is OperationInput => input !== undefined);
}

/**
 * Valid inputs to send: `page-token` is opaque (only a token the server
 * issued is valid), so sent inputs leave it out; pagination-consistent
 * walks real tokens.
 */
export function sendableInputs(operation: OperationInfo): fc.Arbitrary<OperationInput> {
  return validInputs(operation).map((input) => {
    if (!('page-token' in input.query)) return input;
    const { 'page-token': _token, ...query } = input.query;
    return { ...input, query };
  });
}

/**
 * Inputs with exactly one broken constraint and no empty query value but
 * the broken one's, so the request breaks nothing else.
 *
 * @throws {SchemaError} `NO_INVALID_VALUE` when the operation has no constraint to break.
 */
export function invalidInputs(operation: OperationInfo): fc.Arbitrary<InvalidOperationInput> {
  return operationArbitrary(operation, { mode: 'invalid' })
    .map((sample) => {
      const { pointer } = sample.violation;
      const broken = pointer.startsWith('/query/') ? violatedParameter(pointer) : undefined;
      const value = withoutEmptyQueryValues(operation, sample.value, broken);
      return value === undefined ? undefined : { ...sample, value };
    })
    .filter((sample): sample is InvalidOperationInput => sample !== undefined);
}
