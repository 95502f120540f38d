import { failureText, summaryTable, type ConformanceReport } from '@circleci-kit/conformance';
import { ExitCode } from '../../exit-codes.ts';
import { printJson, type CliIo } from '../../io.ts';

/**
 * Prints the summary, the failures and the report paths (or, with `json`,
 * the report itself as JSON); returns the exit code of the run.
 *
 * @example
 * setExitCode(printOutcome(io, report, ['reports/conformance/junit.xml']));
 */
export function printOutcome(io: CliIo, report: ConformanceReport, paths: readonly string[], json = false): number {
  if (json) {
    printJson(io, report);
    if (report.aborted)
      io.stderr(`circleci-kit: the run stopped early: ${report.aborted.reason}; the reports are partial\n`);
    return report.aborted ? ExitCode.target : report.totals.failed > 0 ? ExitCode.checkFailed : ExitCode.ok;
  }
  io.stdout(summaryTable(report));
  const failures = report.results.filter((result) => result.status === 'failed');
  if (failures.length > 0) io.stdout(`\n${failures.map(failureText).join('\n')}`);
  for (const path of paths) io.stdout(`report: ${path}\n`);
  if (report.aborted) {
    io.stderr(`circleci-kit: the run stopped early: ${report.aborted.reason}; the reports are partial\n`);
    return ExitCode.target;
  }
  return report.totals.failed > 0 ? ExitCode.checkFailed : ExitCode.ok;
}
