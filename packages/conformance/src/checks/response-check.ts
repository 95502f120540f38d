import type { SpecValidators } from '@circleci-kit/schema';
import type { OperationInfo, ResponseInfo } from '@circleci-kit/spec-loader';
import type { RecordedRequest, RecordedResponse } from '../interaction.js';

/** Options that change what the response checks accept. */
export interface ResponseCheckOptions {
  /**
   * The `response-time` budget in ms; the check is off without one.
   * @default undefined
   */
  responseTimeBudgetMs?: number | undefined;
  /**
   * Only statuses the operation declares pass `status-code-declared`. Off by
   * default, so 404 (unknown resource) and 429 (rate limit), which CircleCI
   * answers on every route but declares on few, pass without a declaration.
   * @default false
   */
  strictStatus?: boolean | undefined;
}

/** What a response check looks at. */
export interface ResponseCheckContext {
  operation: OperationInfo;
  request: RecordedRequest;
  response: RecordedResponse;
  validators: SpecValidators;
  options: ResponseCheckOptions;
}

/** A response check: the failure message, or `undefined` when the response passes. Pure. */
export type ResponseCheck = (context: ResponseCheckContext) => string | undefined;

/** Statuses CircleCI answers on every route without declaring them everywhere. */
export const UNDECLARED_ALLOWED: ReadonlySet<number> = new Set([404, 429]);

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
