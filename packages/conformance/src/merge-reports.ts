import { CHECK_IDS } from './check-catalogue.ts';
import { ConformanceError } from './conformance-error.ts';
import { totalsOf, type CheckResult, type ConformanceReport } from './conformance-report.ts';

const checkOrder = new Map<string, number>(CHECK_IDS.map((id, index) => [id, index]));

/**
 * Sorts results by operationId, then by the catalogue order of checks.
 *
 * @example
 * sortResults(report.results);
 */
export function sortResults(results: readonly CheckResult[]): CheckResult[] {
  return [...results].sort(
    (a, b) =>
      (a.operationId < b.operationId ? -1 : a.operationId > b.operationId ? 1 : 0) ||
      checkOrder.get(a.check)! - checkOrder.get(b.check)!,
  );
}

/**
 * Merges the reports of the shards of one run into one report, as if the
 * run had not been sharded: the union of results, sorted. The reports must
 * come from the same spec, seed, runs and target; a pair reported twice is
 * an error (two shards overlapping).
 *
 * @throws {ConformanceError} `BAD_REPORT` when they do not belong together.
 * @example
 * const whole = mergeReports([shard1, shard2, shard3]);
 */
export function mergeReports(reports: readonly ConformanceReport[]): ConformanceReport {
  const first = reports[0];
  if (first === undefined) throw new ConformanceError('BAD_REPORT', 'nothing to merge: give at least one report');
  for (const report of reports) {
    for (const key of ['seed', 'runs', 'target'] as const) {
      if (report[key] !== first[key]) {
        throw new ConformanceError(
          'BAD_REPORT',
          `cannot merge reports of different runs: ${key} ${String(report[key])} ≠ ${String(first[key])}`,
        );
      }
    }
    if (report.spec.fingerprint !== first.spec.fingerprint) {
      throw new ConformanceError('BAD_REPORT', 'cannot merge reports of different specs (fingerprints differ)');
    }
  }
  const seen = new Set<string>();
  const results: CheckResult[] = [];
  for (const report of reports) {
    for (const result of report.results) {
      const key = `${result.operationId}|${result.check}`;
      if (seen.has(key)) {
        throw new ConformanceError('BAD_REPORT', `${key} is in two reports: the shards overlap`);
      }
      seen.add(key);
      results.push(result);
    }
  }
  const checks = new Set(reports.flatMap((report) => report.checks));
  const aborted = reports.map((report) => report.aborted?.reason).filter((reason) => reason !== undefined);
  const sorted = sortResults(results);
  return {
    format: first.format,
    spec: first.spec,
    target: first.target,
    seed: first.seed,
    runs: first.runs,
    shards: reports.flatMap((report) => report.shards).sort((a, b) => a.index - b.index),
    operations: [...new Set(reports.flatMap((report) => report.operations))].sort(),
    checks: CHECK_IDS.filter((id) => checks.has(id)),
    results: sorted,
    totals: totalsOf(sorted),
    requests: reports.reduce((sum, report) => sum + report.requests, 0),
    durationMs: reports.reduce((sum, report) => sum + report.durationMs, 0),
    ...(aborted.length > 0 ? { aborted: { reason: aborted.join('; ') } } : {}),
  };
}
