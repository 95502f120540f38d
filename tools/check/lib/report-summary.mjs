// What the check scripts read from a conformance JSON report.
import { repoRoot } from './repo-root.mjs';

/**
 * @typedef {object} Failure
 * @property {string} operationId
 * @property {string} check
 * @property {string} status `failed` or `error`
 * @property {string} message the failure message (or the error's reason)
 * @property {string | undefined} request `METHOD url` of the failing request, when recorded
 * @property {string | undefined} repro the command that replays the case
 */

/**
 * @typedef {object} ReportSummary
 * @property {number} operations operations in the spec
 * @property {number} passed
 * @property {number} failed failed results plus results that errored
 * @property {number} skipped
 * @property {Failure[]} failures one per failed or errored (operation, check)
 */

/**
 * Counts and failures of a conformance report (`circleci-kit-conformance/1`).
 * Results with status `error` count as failed. Repro commands are the
 * report's replay commands, run from the repository root with the built CLI;
 * `replayArgs` are appended to them (e.g. `--spec <file>`, which replay
 * commands leave out).
 *
 * @param {any} report the parsed JSON report
 * @param {string[]} [replayArgs] extra arguments for the repro command
 * @returns {ReportSummary}
 * @example
 * summarizeReport(JSON.parse(readFileSync('report.json', 'utf8'))).failures.map((f) => `${f.operationId} × ${f.check}`);
 */
export function summarizeReport(report, replayArgs = []) {
  const failures = [];
  for (const result of report.results) {
    if (result.status !== 'failed' && result.status !== 'error') continue;
    const failure = result.failure;
    const request = failure?.request ? `${failure.request.method} ${failure.request.url}` : undefined;
    const repro = failure?.replayCommand
      ? [
          failure.replayCommand
            .replace(/^circleci-kit /, 'node packages/cli/dist/bin.js ')
            .replaceAll(`${repoRoot}/`, ''),
          ...replayArgs,
        ].join(' ')
      : undefined;
    failures.push({
      operationId: result.operationId,
      check: result.check,
      status: result.status,
      message: failure?.message ?? result.reason ?? result.status,
      request,
      repro,
    });
  }
  return {
    operations: report.spec.operations,
    passed: report.totals.passed,
    failed: report.totals.failed + report.totals.error,
    skipped: report.totals.skipped,
    failures,
  };
}
