// Prism's `sl-violations`, grouped, and held against the listed exceptions.
import { exceptionForViolation } from './prism-exceptions.mjs';

/**
 * @typedef {{ location: string[], severity: string, code?: string | number, message: string }} Violation
 * @typedef {object} ViolationGroup
 * @property {'request' | 'response'} kind where Prism found it (`location[0]`)
 * @property {string} operationId the operation, or `(unrouted)`
 * @property {number} status the status of the answer
 * @property {string} severity
 * @property {string} code Prism's code, or `-` when it gave none
 * @property {string} location the location with array indexes as `*`, e.g. `response.body.items.*.name`
 * @property {string} message
 * @property {number} count how many times it was reported
 * @property {Record<string, number>} phases the count by phase
 * @property {import('./rewriting-proxy.mjs').ProxiedExchange} example the first exchange it was reported on
 * @property {import('./prism-exceptions.mjs').PrismException | undefined} known the exception entry that lists it, if any
 */

/**
 * Where a violation was found: `response` when Prism's location starts with
 * `response`, else `request` (Prism's "route not found" has location `["request"]`).
 *
 * @param {Violation} violation
 * @returns {'request' | 'response'}
 * @example
 * violationKind({ location: ['response', 'body'], severity: 'Error', message: '…' }); // 'response'
 */
export function violationKind(violation) {
  return violation.location?.[0] === 'response' ? 'response' : 'request';
}

/**
 * Groups the violations of every exchange by kind, operation, status,
 * severity, code, location (array indexes as `*`) and message, counting them
 * and keeping the first exchange as the example; each group carries the
 * exception entry that lists it.
 *
 * @param {import('./rewriting-proxy.mjs').ProxiedExchange[]} exchanges
 * @param {import('./prism-exceptions.mjs').PrismException[]} exceptions
 * @returns {ViolationGroup[]} sorted by kind, operation, status, location
 * @example
 * const response = groupViolations(proxy.exchanges, exceptions).filter((g) => g.kind === 'response');
 */
export function groupViolations(exchanges, exceptions) {
  const groups = new Map();
  for (const exchange of exchanges)
    for (const violation of exchange.violations) {
      const kind = violationKind(violation);
      const operationId = exchange.operationId ?? '(unrouted)';
      const location = (violation.location ?? []).map((part) => (/^\d+$/.test(String(part)) ? '*' : part)).join('.');
      const code = violation.code === undefined ? '-' : String(violation.code);
      const severity = violation.severity ?? '-';
      const message = String(violation.message ?? '').replace(/\s+/g, ' ');
      const key = [kind, operationId, exchange.status, severity, code, location, message].join('\u0000');
      let group = groups.get(key);
      if (!group) {
        group = { kind, operationId, status: exchange.status, severity, code, location, message, count: 0, phases: {} };
        group.example = exchange;
        group.known = exceptionForViolation(exceptions, group);
        groups.set(key, group);
      }
      group.count += 1;
      group.phases[exchange.phase] = (group.phases[exchange.phase] ?? 0) + 1;
    }
  const order = (g) => [g.kind, g.operationId, String(g.status).padStart(3), g.location, g.message].join('\u0000');
  return [...groups.values()].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}
