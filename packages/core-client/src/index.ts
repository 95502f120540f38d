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
} from './operation-spec.js';
export type { BuiltRequest } from './built-request.js';
export { camelCase, methodName } from './camel-case.js';
export { withAuth, type AuthScheme } from './auth.js';
export { MASK, redactHeaders, redactRequest, redactUrl } from './redact.js';
export { RequestValidationError, type ParameterProblem } from './request-validation-error.js';
export { CircleCIError, type CircleCIErrorCode, type CircleCIErrorInit } from './circleci-error.js';
export {
  DEFAULT_RETRY,
  backoffDelay,
  isIdempotent,
  parseRetryAfter,
  resolveRetry,
  type RetryOptions,
  type RetryPolicy,
} from './retry-policy.js';
export type { AttemptContext, Hooks, ResponseView, RetryContext } from './hooks.js';
export type { ApiResponse, CallOptions, ClientOptions } from './client-options.js';
export type { FetchPage, Page, PageIterator, PaginateOptions } from './paginate.js';
export {
  buildRequest,
  buildRequestFor,
  DEFAULT_BASE_URL,
  type BuildRequestOptions,
  type ParamsArgs,
} from './build-request.js';
export { decodePathSegment, encodePathSegment, isDotSegment } from './path-segment.js';
export { readWireValue } from './read-wire-value.js';
export { lookupOperation } from './lookup-operation.js';
export { createRouter, type RouteMatch, type Router } from './router.js';
export { matchRequest, type MatchRequestOptions, type RequestMatch } from './match-request.js';
export { networkFailureReason } from './network-failure-reason.js';
export { sendRequest, type RawResponse, type RequestToSend, type SendRequestOptions } from './send-request.js';
export {
  createClient,
  type ApiFailure,
  type CallResult,
  type CircleCIClient,
  type ClientBase,
  type OperationMethods,
  type PageItem,
} from './create-client.js';
export { compareWithSpec, type ChangedOperation, type SpecDrift, type SpecLike } from './compare-with-spec.js';
export {
  toOperationSpec,
  toOperationTable,
  type OperationInfoLike,
  type ParameterInfoLike,
  type SchemaLike,
} from './to-operation-spec.js';
export { operations, specFingerprint, specVersion } from '../generated/operations.js';
export type {
  OperationData,
  OperationId,
  OperationParams,
  PaginatedOperationId,
} from '../generated/operation-types.js';
export type { components, operations as OpenApiOperations, paths } from '../generated/openapi-types.js';
