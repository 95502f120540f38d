import type { SpecValidators } from '@circleci-kit/schema';
import type { OperationInfo, ResponseInfo } from '@circleci-kit/spec-loader';
import type { RecordedRequest, RecordedResponse } from '../interaction.ts';

/** Options that change what the response checks accept. */
export interface ResponseCheckOptions {
  /**
   * The `response-time` budget in ms; the check is off without one.
   * @default undefined
   */
  responseTimeBudgetMs?: number | undefined;
  /**
   * Only statuses the operation declares pass `status-code-declared`. Off by
   * default, so the statuses CircleCI answers on every route but declares on
   * few pass without a declaration: 404 (unknown resource), 429 (rate
   * limit), 401 to a request sent without a valid token, and 400 to a
   * request that breaks the spec (see {@link undeclaredAllowed}).
   * @default false
   */
  strictStatus?: boolean | undefined;
}

/**
 * What the runner sent: a valid request with the token (`valid`), an input
 * that breaks the spec (`invalid-input`), or a request without a token or
 * with a wrong one (`auth-failure`).
 */
export type RequestKind = 'valid' | 'invalid-input' | 'auth-failure';

/** What a response check looks at. */
export interface ResponseCheckContext {
  operation: OperationInfo;
  request: RecordedRequest;
  response: RecordedResponse;
  validators: SpecValidators;
  options: ResponseCheckOptions;
  /** What was sent. @default 'valid' */
  sent?: RequestKind | undefined;
}

/** A response check: the failure message, or `undefined` when the response passes. Pure. */
export type ResponseCheck = (context: ResponseCheckContext) => string | undefined;

/** Statuses CircleCI answers on every route, whatever was sent, without declaring them everywhere. */
export const UNDECLARED_ALLOWED: ReadonlySet<number> = new Set([404, 429]);

/**
 * Whether an undeclared status is CircleCI's documented behaviour for what
 * was sent (the API facts of the architecture): 404 and 429 on any request
 * ({@link UNDECLARED_ALLOWED}), 401 when the request carried no valid token
 * (CircleCI answers 401 `{"message"}` on every secured route, the OIDC
 * claims operations included, which declare no 401), and 400 when the input
 * breaks the spec. `strictStatus` turns this tolerance off.
 *
 * @example
 * undeclaredAllowed(401, 'auth-failure'); // true
 * undeclaredAllowed(401, 'valid'); // false
 */
export function undeclaredAllowed(status: number, sent: RequestKind = 'valid'): boolean {
  if (UNDECLARED_ALLOWED.has(status)) return true;
  return (status === 401 && sent === 'auth-failure') || (status === 400 && sent === 'invalid-input');
}

/**
 * The response the spec declares for a status: exact, `NXX`, then `default`.
 *
 * @example
 * declaredResponse(operation, 404)?.status; // 'default'
 */
export function declaredResponse(operation: OperationInfo, status: number): ResponseInfo | undefined {
  const code = String(status);
  const { responses } = operation;
  return responses[code] ?? responses[`${code[0]}XX`] ?? responses[`${code[0]}xx`] ?? responses['default'];
}

/**
 * The media type of a `content-type` header, lower case, without parameters.
 *
 * @example
 * mediaType('application/json; charset=utf-8'); // 'application/json'
 */
export function mediaType(header: string | undefined): string | undefined {
  const type = header?.split(';')[0]?.trim().toLowerCase();
  return type === '' ? undefined : type;
}
