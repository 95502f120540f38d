import { crashMessage, summarizeProgress } from './read-progress.mjs';
import { summarizeReport } from './report-summary.mjs';

/**
 * The summary of one conformance run: from its JSON report, or, when it
 * crashed before writing one, the partial summary of its progress lines
 * (`partial: true`) with the crash message as `crash`.
 *
 * @param {import('./run-conformance.mjs').ConformanceRun} run
 * @param {string[]} [replayArgs] extra arguments for the repro commands (see `summarizeReport`)
 * @returns {import('./report-summary.mjs').ReportSummary & { partial?: true, crash?: string }}
 * @example
 * const summary = summarizeRun(await runConformance(['--seed', '1'], dir));
 */
export function summarizeRun(run, replayArgs = []) {
  if (run.report) return summarizeReport(run.report, replayArgs);
  return { ...summarizeProgress(run.stderr), crash: crashMessage(run.stderr) };
}
