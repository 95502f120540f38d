import type { ResponseCheck } from './response-check.ts';

/** Statuses that mean "your request is invalid": a valid request must not get them. */
const REFUSALS = new Set([400, 405, 413, 415, 422]);

/**
 * `positive-accepted`: a request built from a valid input is not refused as
 * invalid. 404 (the resource does not exist) and 409 (state conflict) are
 * not refusals of the input.
 *
 * @example
 * positiveAccepted(context); // 'a valid request was refused with 400: {"message":"…"}'
 */
export const positiveAccepted: ResponseCheck = ({ response }) =>
  REFUSALS.has(response.status)
    ? `a valid request was refused with ${response.status}: ${response.body.slice(0, 200)}`
    : undefined;
