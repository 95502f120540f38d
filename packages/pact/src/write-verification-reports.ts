import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { pactJunitReport } from './pact-junit-report.ts';
import type { PactVerificationReport } from './pact-verification-report.ts';

/** One verification report to write: JUnit XML or the report's JSON. */
export interface VerificationReportTarget {
  format: 'junit' | 'json';
  /** Where to write it; missing folders are created. */
  path: string;
}

/**
 * Writes a verification report in each requested format (`junit`:
 * {@link pactJunitReport}; `json`: the report itself), creating folders as
 * needed, each file atomically (`write-file-atomic`: a temporary file beside
 * it, renamed into place), so a reader never sees, and a process killed
 * mid-write never leaves, half a report.
 *
 * @example
 * const report = await verifyPact(readPacts('pacts'), { target: 'mock', spec });
 * writeVerificationReports(report, [
 *   { format: 'junit', path: 'reports/pact.xml' },
 *   { format: 'json', path: 'reports/pact.json' },
 * ]);
 */
export function writeVerificationReports(
  report: PactVerificationReport,
  targets: readonly VerificationReportTarget[],
): void {
  for (const { format, path } of targets) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic.sync(path, format === 'junit' ? pactJunitReport(report) : `${JSON.stringify(report, null, 2)}\n`);
  }
}
