/**
 * Whether two specs' operations are alike for the check of one
 * interaction: equal in all the check reads of them for it.
 */
import type { OperationInfo, ResponseInfo } from '@circleci-kit/spec-loader';
import type { PactInteraction } from '../pact-types.ts';
import { declaredResponse, readsRequest } from './declared-response.ts';

/**
 * Whether two values loaded from JSON are equal all the way down. Resolved
 * schemas are graphs with cycles: a pair of objects met again is taken as
 * equal for now, which holds when every other pair is.
 *
 * @example
 * sameValue({ a: [1] }, { a: [1] }); // true
 */
export function sameValue(a: unknown, b: unknown, met: Map<object, Set<object>> = new Map()): boolean {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  let seen = met.get(a);
  if (seen?.has(b) === true) return true;
  if (seen === undefined) met.set(a, (seen = new Set()));
  seen.add(b);
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) =>
      Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], met),
  );
}

/** The parts of an operation the check reads for any interaction: its identity and place (in the pointers it reports). */
const placeParts = (operation: OperationInfo): unknown => [
  operation.operationId,
  operation.method,
  operation.path,
  operation.pointer,
];

/** {@link placeParts} and what the check reads of the request: the parameters and the request body. */
const requestParts = (operation: OperationInfo): unknown => [
  placeParts(operation),
  operation.parameters,
  operation.requestBody,
];

/** {@link placeParts} and the request body, whose having a JSON schema decides a warning. */
const bodyParts = (operation: OperationInfo): unknown => [placeParts(operation), operation.requestBody];

/** Equality of two values by the parts that count, remembered by pair. */
function remembered<T extends object>(parts: (value: T) => unknown): (mine: T, theirs: T) => boolean {
  const known = new Map<T, Map<T, boolean>>();
  return (mine, theirs) => {
    let row = known.get(mine);
    if (row === undefined) known.set(mine, (row = new Map<T, boolean>()));
    let equal = row.get(theirs);
    if (equal === undefined) {
      equal = sameValue(parts(mine), parts(theirs), new Map());
      row.set(theirs, equal);
    }
    return equal;
  };
}

/** Whether one spec's operation (`mine`) and another's (`theirs`) check an interaction alike. */
export type OperationsAlike = (mine: OperationInfo, theirs: OperationInfo, interaction: PactInteraction) => boolean;

/**
 * The test of whether two operations are equal in all the check reads of
 * them for an interaction: their identity and route, the response declared
 * for the status it expects (the statuses declared when none is) and, below
 * 400 or at a 400 not declared, the parameters and request body (above,
 * only the request body, when it sends JSON). Each pair of operations and
 * responses is compared once.
 *
 * @example
 * const alike = operationsAlike();
 * alike(oldOperation, newOperation, interaction); // true when the check cannot tell them apart
 */
export function operationsAlike(): OperationsAlike {
  const sameRequest = remembered(requestParts);
  const sameBody = remembered(bodyParts);
  const samePlace = remembered(placeParts);
  const sameResponse = remembered((response: ResponseInfo) => response);
  const sameStatuses = remembered((operation: OperationInfo) => Object.keys(operation.responses));
  return (mine, theirs, interaction) => {
    const { request, response } = interaction;
    const [a, b] = [declaredResponse(mine, response.status), declaredResponse(theirs, response.status)];
    // None declared: the statuses that are are named.
    if (a === undefined || b === undefined ? a !== b || !sameStatuses(mine, theirs) : !sameResponse(a, b)) return false;
    if (readsRequest(response.status, a)) return sameRequest(mine, theirs);
    const sendsJson = request.body?.encoded === false && /json/i.test(request.body.contentType);
    return sendsJson ? sameBody(mine, theirs) : samePlace(mine, theirs);
  };
}
