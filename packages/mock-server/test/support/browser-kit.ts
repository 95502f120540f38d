/**
 * What a browser page takes from core-client and slug: the client, the pure
 * request builder, its errors, redaction, retry policy and path segments,
 * and every slug function. The wire readers and spec comparisons, which
 * serve the mock and the conformance tools on Node, are left out.
 */
export {
  backoffDelay,
  buildRequest,
  camelCase,
  CircleCIError,
  createClient,
  decodePathSegment,
  DEFAULT_BASE_URL,
  DEFAULT_RETRY,
  encodePathSegment,
  isDotSegment,
  isIdempotent,
  MASK,
  methodName,
  parseRetryAfter,
  redactHeaders,
  redactRequest,
  redactUrl,
  RequestValidationError,
  resolveRetry,
  specFingerprint,
  specVersion,
  withAuth,
} from '@circleci-kit/core-client';
export * from '@circleci-kit/slug';
