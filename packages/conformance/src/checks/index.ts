export { authEnforced, isSecured } from './auth-enforced.ts';
export { contentTypeDeclared } from './content-type-declared.ts';
export { invalidRejectedByBuilder, violatedParameter } from './invalid-rejected-by-builder.ts';
export { negativeRejected } from './negative-rejected.ts';
export { notAServerError } from './not-a-server-error.ts';
export { paginationConsistent, type FetchedPage } from './pagination-consistent.ts';
export { positiveAccepted } from './positive-accepted.ts';
export { requestValid } from './request-valid.ts';
export {
  declaredResponse,
  mediaType,
  UNDECLARED_ALLOWED,
  undeclaredAllowed,
  type RequestKind,
  type ResponseCheck,
  type ResponseCheckContext,
  type ResponseCheckOptions,
} from './response-check.ts';
export { responseHeaders } from './response-headers.ts';
export { responseSchema } from './response-schema.ts';
export { errorResponseProblem } from './error-response-problem.ts';
export { responseTime } from './response-time.ts';
export { routerRoundTrip } from './router-round-trip.ts';
export { statefulStep, type FlowExpectation } from './stateful.ts';
export { statusCodeDeclared } from './status-code-declared.ts';
