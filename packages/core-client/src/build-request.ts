import { operations } from '../generated/operations.ts';
import type { OperationId, OperationParams } from '../generated/operation-types.ts';
import { buildRequestFor, type BuildRequestOptions } from './_internals/build-request-for.ts';
import { lookupOperation } from './lookup-operation.ts';
import type { BuiltRequest } from './built-request.ts';

export { buildRequestFor, DEFAULT_BASE_URL, type BuildRequestOptions } from './_internals/build-request-for.ts';

/** `true` when some operation of `Id` (one, or each of a union) requires a parameter or a body. */
export type RequiresParams<Id extends OperationId> = Id extends OperationId
  ? // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{} extends T` asks whether every property of T is optional
    {} extends OperationParams[Id]
    ? never
    : true
  : never;

/** The arguments after the operationId: params are optional when the operation requires none. */
export type ParamsArgs<Id extends OperationId, Options> = [RequiresParams<Id>] extends [never]
  ? [params?: OperationParams[Id], options?: Options]
  : [params: OperationParams[Id], options?: Options];

/**
 * Builds the request of any operation without sending it (pure, like
 * Octokit's `endpoint`): absolute URL from `baseUrl`, path parameters
 * substituted (slugs with literal `/`), query serialized per the spec's style
 * and explode, JSON body, and the token added per `auth`.
 *
 * Typed from the spec: an unknown operationId, an unknown parameter name
 * (`owner_slug` where the spec's `owner-slug` is `ownerSlug`) or a value of
 * the wrong type does not compile. For an operationId known only at run time,
 * use {@link buildRequestUnchecked}.
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
): BuiltRequest {
  const [params, options] = args;
  return buildRequestFor(lookupOperation(operations, operationId), params, options);
}

/**
 * {@link buildRequest} for an operationId and params known only at run time
 * (read from a command line, a config file, a loop over the table): the same
 * request, with nothing checked at compile time and everything checked when
 * called. The operationId may also be the client method name (`getOrgClaims`
 * for `GetOrgClaims`).
 *
 * @throws {RequestValidationError} for an unknown operation (with the nearest
 * name), and listing every problem with the parameters: unknown names, values
 * of the wrong type, missing required ones.
 *
 * @example
 * const [operationId = '', ...pairs] = process.argv.slice(2);
 * buildRequestUnchecked(operationId, Object.fromEntries(pairs.map((pair) => pair.split('='))));
 */
export function buildRequestUnchecked(
  operationId: string,
  params?: Readonly<Record<string, unknown>>,
  options?: BuildRequestOptions,
): BuiltRequest {
  return buildRequestFor(lookupOperation(operations, operationId), params, options);
}
