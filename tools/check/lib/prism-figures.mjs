// The figures of a run of the conformance traffic through Prism.

/**
 * @typedef {object} PrismFigures
 * @property {number} requests every request of every phase
 * @property {number} proxied the requests that went through Prism
 * @property {Record<string, number>} notProxied requests the mock answered directly, by why
 * @property {number} operations the operations the run targeted
 * @property {number} validated the targeted operations with a request through Prism
 * @property {number} seen every operation with a request through Prism (stateful flows call untargeted ones)
 * @property {number} responseViolations
 * @property {number} responseKnown
 * @property {number} responseUnlisted
 * @property {Record<string, number>} responseByException the count of each exception key that matched
 * @property {Record<string, number>} responseByKind by `<severity> <code>`, e.g. `Error additionalProperties`
 * @property {number} requestViolations
 * @property {Record<string, number>} requestByPhase the request violations of each phase, in the order the phases ran
 * @property {number} requestKnown request violations an exception lists, every phase
 * @property {number} requestValidUnlisted request violations of the valid phase no exception lists
 * @property {number} stale `always` exceptions that matched nothing
 * @property {number} unused other exceptions that matched nothing
 * @property {number} restarts
 * @property {number} seconds
 */

const add = (counts, key, n) => {
  counts[key] = (counts[key] ?? 0) + n;
};
const total = (groups) => groups.reduce((n, g) => n + g.count, 0);

/**
 * Counts what a run sent and what Prism found in it.
 *
 * @param {import('./prism-traffic.mjs').PrismTraffic} traffic
 * @param {import('./prism-judgement.mjs').PrismJudgement} judgement
 * @param {string[]} ops the operations the run targeted
 * @returns {PrismFigures}
 * @example
 * const figures = prismFigures(traffic, judgement, ops);
 * console.log(`${figures.validated} of ${figures.operations} operations validated`);
 */
export function prismFigures(traffic, judgement, ops) {
  const { exchanges } = traffic;
  const notProxied = {};
  for (const e of exchanges) if (e.notProxied) add(notProxied, e.notProxied, 1);
  const proxiedOps = new Set(exchanges.filter((e) => !e.notProxied && e.operationId).map((e) => e.operationId));
  const responseByException = {};
  const responseByKind = {};
  for (const g of judgement.response) {
    if (g.known) add(responseByException, g.known.key, g.count);
    add(responseByKind, `${g.severity} ${g.code}`, g.count);
  }
  const requestByPhase = Object.fromEntries(traffic.phases.map((p) => [p.phase, 0]));
  for (const g of judgement.request) for (const [phase, n] of Object.entries(g.phases)) add(requestByPhase, phase, n);
  return {
    requests: exchanges.length,
    proxied: exchanges.filter((e) => !e.notProxied).length,
    notProxied,
    operations: ops.length,
    validated: ops.filter((id) => proxiedOps.has(id)).length,
    seen: proxiedOps.size,
    responseViolations: total(judgement.response),
    responseKnown: total(judgement.response.filter((g) => g.known)),
    responseUnlisted: total(judgement.unlistedResponse),
    responseByException,
    responseByKind,
    requestViolations: total(judgement.request),
    requestByPhase,
    requestKnown: total(judgement.request.filter((g) => g.known)),
    requestValidUnlisted: judgement.unlistedValidRequest.reduce((n, g) => n + g.phases.valid, 0),
    stale: judgement.stale.length,
    unused: judgement.unused.length,
    restarts: traffic.restarts,
    seconds: traffic.seconds,
  };
}
