// What fails a run of the conformance traffic through Prism, for `pnpm check:prism` and the gauntlet.
import { groupViolations } from './prism-violations.mjs';

/**
 * @typedef {import('./prism-violations.mjs').ViolationGroup} ViolationGroup
 * @typedef {import('./prism-exceptions.mjs').PrismException} PrismException
 */

/**
 * @typedef {object} PrismJudgement
 * @property {ViolationGroup[]} groups every violation, grouped
 * @property {ViolationGroup[]} response the response groups
 * @property {ViolationGroup[]} request the request groups
 * @property {ViolationGroup[]} unlistedResponse response groups no exception lists
 * @property {ViolationGroup[]} unlistedValidRequest request groups seen in the valid phase that no exception lists
 * @property {PrismException[]} stale entries marked `always`, for an operation the run targeted, that matched
 *   nothing (none when a conformance run did not finish)
 * @property {PrismException[]} unused the other entries, for an operation the run targeted, that matched nothing
 * @property {string[]} unvalidated operations the run targeted of which no request went through Prism
 * @property {string[]} unfinished `<phase>: <why>` for each conformance run that did not finish
 * @property {string[]} problems one line per reason the run fails; empty when it passes
 */

const phaseCounts = (group) =>
  Object.entries(group.phases)
    .map(([phase, n]) => `${phase} ${n}`)
    .join(', ');

/**
 * Judges the traffic of a run against the known exceptions. The run fails
 * on a response violation no exception lists, on a request violation in
 * the valid phase (the runner meant those requests to be valid) that no
 * exception lists, on an `always` exception that matched nothing though the
 * run targeted its operation, on a targeted operation Prism never saw, and on a
 * conformance run that did not finish. Request violations of the negative
 * and auth phases are expected: those phases send invalid requests on purpose.
 *
 * @param {import('./prism-traffic.mjs').PrismTraffic} traffic
 * @param {PrismException[]} exceptions
 * @param {string[]} ops the operations the run targeted
 * @returns {PrismJudgement}
 * @example
 * const judgement = judgePrismTraffic(traffic, readPrismExceptions(file), [...spec.operations.keys()]);
 * if (judgement.problems.length > 0) process.exitCode = 1;
 */
export function judgePrismTraffic(traffic, exceptions, ops) {
  const groups = groupViolations(traffic.exchanges, exceptions);
  const response = groups.filter((g) => g.kind === 'response');
  const request = groups.filter((g) => g.kind === 'request');
  const unlistedResponse = response.filter((g) => !g.known);
  const unlistedValidRequest = request.filter((g) => !g.known && g.phases.valid);
  const unfinished = traffic.phases.filter((p) => p.run.problem).map((p) => `${p.phase}: ${p.run.problem}`);
  const targeted = new Set(ops);
  const matched = new Set(groups.map((g) => g.known).filter(Boolean));
  const idle = exceptions.filter((e) => targeted.has(e.operationId) && !matched.has(e));
  // A run that did not finish sent only part of its traffic: its idle entries say nothing.
  const stale = unfinished.length > 0 ? [] : idle.filter((e) => e.always);
  const unused = idle.filter((e) => !stale.includes(e));
  const proxied = new Set(traffic.exchanges.filter((e) => !e.notProxied && e.operationId).map((e) => e.operationId));
  const unvalidated = ops.filter((id) => !proxied.has(id));

  const problems = [
    ...unlistedResponse.map(
      (g) =>
        `unlisted response violation: ${g.operationId} ${g.status} [${g.severity} ${g.code}] ${g.location}: ${g.message} ×${g.count} (${phaseCounts(g)}); e.g. ${g.example.method} ${g.example.url}`,
    ),
    ...unlistedValidRequest.map(
      (g) =>
        `unlisted request violation in the valid phase: ${g.operationId} [${g.code}] ${g.location}: ${g.message} ×${g.phases.valid}; e.g. ${g.example.method} ${g.example.url}`,
    ),
    ...stale.map((e) => `stale ${e.kind} exception "${e.key}": listed as always occurring, matched nothing`),
    ...(unvalidated.length > 0 ? [`operations Prism never saw: ${unvalidated.join(', ')}`] : []),
    ...unfinished.map((line) => `conformance run that did not finish: ${line}`),
  ];
  return {
    groups,
    response,
    request,
    unlistedResponse,
    unlistedValidRequest,
    stale,
    unused,
    unvalidated,
    unfinished,
    problems,
  };
}
