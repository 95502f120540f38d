import { operations } from '../generated/operations.ts';
import type { OperationId, OperationParams } from '../generated/operation-types.ts';
import { buildRequestFor, type BuildRequestOptions } from './_internals/build-request-for.ts';
import { lookupOperation } from './lookup-operation.ts';
import type { BuiltRequest } from './built-request.ts';

export { buildRequestFor, DEFAULT_BASE_URL, type BuildRequestOptions } from './_internals/build-request-for.ts';

/** The arguments after the operationId: params are optional when the operation requires none. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{} extends T` asks whether every property of T is optional
export type ParamsArgs<Id extends OperationId, Options> = {} extends OperationParams[Id]
  ? [params?: OperationParams[Id], options?: Options]
  : [params: OperationParams[Id], options?: Options];

/**
 * Builds the request of any operation without sending it (pure, like
 * Octokit's `endpoint`): absolute URL from `baseUrl`, path parameters
 * substituted (slugs with literal `/`), query serialized per the spec's style
 * and explode, JSON body, and the token added per `auth`.
 *
 * @throws {RequestValidationError} listing every problem with the parameters.
 *
 * @example
 * buildRequest('triggerPipeline', { projectSlug: 'gh/CircleCI-Public/api-preview-docs', body: { branch: 'dev' } });
 * // { method: 'POST', url: 'https://circleci.com/api/v2/project/gh/CircleCI-Public/api-preview-docs/pipeline',
 * //   headers: { accept: 'application/json', 'content-type': 'application/json' }, body: '{"branch":"dev"}' }
 */
export function buildRequest<Id extends OperationId>(
  operationId: Id,
  ...args: ParamsArgs<Id, BuildRequestOptions>
): BuiltRequest;
export function buildRequest(
  operationId: string,
  params?: Readonly<Record<string, unknown>>,
  options?: BuildRequestOptions,
): BuiltRequest;
export function buildRequest(
  operationId: string,
  params?: Readonly<Record<string, unknown>>,
  options?: BuildRequestOptions,
): BuiltRequest {
  return buildRequestFor(lookupOperation(operations, operationId), params, options);
}
