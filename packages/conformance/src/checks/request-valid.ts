import type { BuiltRequest } from '@circleci-kit/core-client';
import type { SpecValidators } from '@circleci-kit/schema';
import type { OperationInfo } from '@circleci-kit/spec-loader';
import { readWireValue, type OperationSpec } from '@circleci-kit/core-client';
import { queryValues, wireOperation } from '../_internals/wire.ts';

/** The path template as a pattern: a slug may span segments, any other parameter is one non-empty segment. */
function templatePattern(spec: OperationSpec): RegExp {
  const parts = spec.path.split(/(\{[^}]+\})/).map((part) => {
    const name = /^\{(.+)\}$/.exec(part)?.[1];
    if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return spec.parameters.path.find((p) => p.name === name)?.slug ? '[^?#]+' : '[^/?#]+';
  });
  return new RegExp(`^${parts.join('')}$`);
}

/**
 * `request-valid` (pure): the request built from a valid input has a path
 * that fits the operation's template under `baseUrl`, and its query
 * parameters, headers and body, read back as a server would, pass the
 * spec's validators. Returns the failure message, or `undefined`.
 *
 * @example
 * requestValid(operation, built, validators, 'http://127.0.0.1:1/api/v2'); // undefined
 */
export function requestValid(
  operation: OperationInfo,
  request: BuiltRequest,
  validators: SpecValidators,
  baseUrl: string,
): string | undefined {
  if (request.method !== operation.method.toUpperCase()) {
    return `method ${request.method}, expected ${operation.method.toUpperCase()}`;
  }
  const base = baseUrl.replace(/\/+$/, '');
  if (!request.url.startsWith(base)) return `the URL ${request.url} is not under ${base}`;
  const rest = request.url.slice(base.length);
  const path = rest.split('?')[0]!;
  const spec = wireOperation(operation);
  if (!templatePattern(spec).test(path)) return `the path ${path} does not fit ${operation.path}`;
  const query = queryValues(request.url);
  for (const parameter of spec.parameters.query) {
    const texts = query.get(parameter.name);
    if (texts === undefined) {
      if (parameter.required) return `required query parameter ${parameter.name} is missing`;
      continue;
    }
    const value = readWireValue(parameter, texts);
    const result = validators.parameter(operation.operationId, 'query', parameter.name)(value);
    if (!result.valid) return `query ${parameter.name}: ${result.errors[0]?.message ?? 'invalid'}`;
  }
  for (const parameter of spec.parameters.header) {
    const text = request.headers[parameter.name.toLowerCase()];
    if (text === undefined) {
      if (parameter.required) return `required header ${parameter.name} is missing`;
      continue;
    }
    const value = readWireValue(parameter, [text]);
    const result = validators.parameter(operation.operationId, 'header', parameter.name)(value);
    if (!result.valid) return `header ${parameter.name}: ${result.errors[0]?.message ?? 'invalid'}`;
  }
  if (request.body === undefined) {
    return operation.requestBody?.required === true ? 'the required body is missing' : undefined;
  }
  const validate = validators.requestBody(operation.operationId, 'application/json');
  if (validate === undefined) return `${operation.operationId} takes no JSON body, but one was built`;
  let body: unknown;
  try {
    body = JSON.parse(request.body);
  } catch {
    return 'the body is not JSON';
  }
  const result = validate(body);
  return result.valid ? undefined : `body: ${result.errors[0]?.message ?? 'invalid'}`;
}
