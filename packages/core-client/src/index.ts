export type {
  BodySpec,
  EnumValue,
  HttpMethod,
  OperationSpec,
  OperationTable,
  ParameterLocation,
  ParameterSpec,
  ParameterType,
  SlugKind,
} from './operation-spec.ts';
export type { BuiltRequest } from './built-request.ts';
export { camelCase, methodName } from './camel-case.ts';
export { withAuth, type AuthScheme } from './auth.ts';
export { MASK, redactHeaders, redactRequest, redactUrl } from './redact.ts';
export { RequestValidationError, type ParameterProblem } from './request-validation-error.ts';
export { CircleCIError, type CircleCIErrorCode, type CircleCIErrorInit } from './circleci-error.ts';
export {
  DEFAULT_RETRY,
  backoffDelay,
  isIdempotent,
  parseRetryAfter,
  resolveRetry,
  type RetryOptions,
  type RetryPolicy,
} from './retry-policy.ts';
export type { AttemptContext, Hooks, ResponseView, RetryContext } from './hooks.ts';
export type { ApiResponse, CallOptions, ClientOptions } from './client-options.ts';
export type { FetchPage, Page, PageIterator, PaginateOptions } from './paginate.ts';
export {
  buildRequest,
  buildRequestFor,
  buildRequestUnchecked,
  DEFAULT_BASE_URL,
  type BuildRequestOptions,
  type ParamsArgs,
} from './build-request.ts';
export { decodePathSegment, encodePathSegment, isDotSegment } from './path-segment.ts';
export { readWireValue } from './read-wire-value.ts';
export { lookupOperation } from './lookup-operation.ts';
export { createRouter, type RouteMatch, type Router } from './router.ts';
export { matchRequest, type MatchRequestOptions, type RequestMatch } from './match-request.ts';
export { networkFailureReason } from './network-failure-reason.ts';
export { sendRequest, type RawResponse, type RequestToSend, type SendRequestOptions } from './send-request.ts';
export {
  createClient,
  type ApiFailure,
  type CallResult,
  type CircleCIClient,
  type ClientBase,
  type OperationMethods,
  type PageItem,
} from './create-client.ts';
export { compareWithSpec, type ChangedOperation, type SpecDrift, type SpecLike } from './compare-with-spec.ts';
export {
  toOperationSpec,
  toOperationTable,
  type OperationInfoLike,
  type ParameterInfoLike,
  type SchemaLike,
} from './to-operation-spec.ts';
export { operations, specFingerprint, specVersion } from '../generated/operations.ts';
export type {
  OperationData,
  OperationId,
  OperationParams,
  PaginatedOperationId,
} from '../generated/operation-types.ts';
export type { components, operations as OpenApiOperations, paths } from '../generated/openapi-types.ts';
export { admitsNoValue } from './admits-no-value.ts';
