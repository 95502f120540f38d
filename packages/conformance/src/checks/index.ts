export { authEnforced, isSecured } from './auth-enforced.js';
export { contentTypeDeclared } from './content-type-declared.js';
export { invalidRejectedByBuilder, violatedParameter } from './invalid-rejected-by-builder.js';
export { negativeRejected } from './negative-rejected.js';
export { notAServerError } from './not-a-server-error.js';
export { paginationConsistent, type FetchedPage } from './pagination-consistent.js';
export { positiveAccepted } from './positive-accepted.js';
export { requestValid } from './request-valid.js';
export {
  declaredResponse,
  mediaType,
  UNDECLARED_ALLOWED,
  undeclaredAllowed,
  type RequestKind,
  type ResponseCheck,
  type ResponseCheckContext,
  type ResponseCheckOptions,
} from './response-check.js';
export { responseHeaders } from './response-headers.js';
export { responseSchema } from './response-schema.js';
export { errorResponseProblem } from './error-response-problem.js';
export { responseTime } from './response-time.js';
export { routerRoundTrip } from './router-round-trip.js';
export { statefulStep, type FlowExpectation } from './stateful.js';
export { statusCodeDeclared } from './status-code-declared.js';
