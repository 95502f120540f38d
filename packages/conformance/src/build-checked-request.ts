import { RequestValidationError, type BuiltRequest, type ParameterProblem } from '@circleci-kit/core-client';
import type { OperationInput, SpecValidators } from '@circleci-kit/schema';
import type { OperationInfo } from '@circleci-kit/spec-loader';
import { buildInput, readInputValue } from './_internals/wire.ts';

/** Options of {@link buildCheckedRequest}. */
export interface BuildCheckedRequestOptions {
  baseUrl: string;
  /** @default undefined (no auth) */
  token?: string | undefined;
}

const GROUPS = [
  ['path', 'pathParams'],
  ['query', 'query'],
  ['header', 'headers'],
] as const;

/**
 * Builds the request of an input (`{ pathParams, query, headers, body }`,
 * spec names) with `@circleci-kit/core-client`'s `buildRequest`, then holds
 * every parameter (read back from its wire text) and the body against the
 * spec's validators. `buildRequest` checks presence, types and enums; the
 * validators add patterns, formats, bounds and the body schema. Either way
 * a bad input throws `RequestValidationError` naming the parameter, and
 * nothing is sent.
 *
 * @throws {RequestValidationError} when the input does not fit the operation.
 * @example
 * buildCheckedRequest(operation, input, validators, { baseUrl: mock.url, token });
 */
export function buildCheckedRequest(
  operation: OperationInfo,
  input: OperationInput,
  validators: SpecValidators,
  options: BuildCheckedRequestOptions,
): BuiltRequest {
  const built = buildInput(operation, input, {
    baseUrl: options.baseUrl,
    ...(options.token === undefined ? {} : { token: options.token }),
  });
  const problems: ParameterProblem[] = [];
  for (const [location, group] of GROUPS) {
    for (const parameter of operation.parameters[location]) {
      const value = input[group][parameter.name];
      if (value === undefined) continue;
      const read = readInputValue(operation, location, parameter.name, value);
      const result = validators.parameter(operation.operationId, location, parameter.name)(read);
      if (!result.valid) {
        const issue = result.errors[0];
        problems.push({
          parameter: parameter.name,
          wireName: parameter.name,
          message: `${issue?.keyword ?? 'invalid'}: expected ${issue?.expected ?? 'a valid value'}, got ${issue?.actual ?? 'another value'}`,
        });
      }
    }
  }
  if (input.body !== undefined) {
    const result = validators.requestBody(operation.operationId, 'application/json')?.(input.body);
    if (result !== undefined && !result.valid) {
      const issue = result.errors[0];
      problems.push({
        parameter: 'body',
        message: `${issue === undefined || issue.pointer === '' ? '/' : issue.pointer} ${issue?.keyword ?? ''}: expected ${issue?.expected ?? 'a valid value'}`,
      });
    }
  }
  if (problems.length > 0) throw new RequestValidationError(operation.operationId, problems);
  return built;
}
