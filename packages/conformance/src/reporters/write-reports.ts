import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { ConformanceError } from '../conformance-error.ts';
import type { ConformanceReport } from '../conformance-report.ts';
import { htmlReport } from './html-report.ts';
import { junitReport } from './junit-report.ts';

/** A report file format. */
export type ReportFormat = 'junit' | 'json' | 'html';

/** One report to write. */
export interface ReportTarget {
  format: ReportFormat;
  path: string;
}

const FORMATS: readonly ReportFormat[] = ['junit', 'json', 'html'];

/**
 * Parses `--report junit=PATH,json=PATH,html=PATH` (any subset, any order;
 * paths relative to `cwd`).
 *
 * @throws {ConformanceError} `BAD_OPTION` for an unknown format or a missing path.
 * @example
 * parseReportOption('junit=reports/c.xml,html=reports/c.html', '/repo');
 * // [{ format: 'junit', path: '/repo/reports/c.xml' }, { format: 'html', path: '/repo/reports/c.html' }]
 */
export function parseReportOption(text: string, cwd: string): ReportTarget[] {
  return text
    .split(',')
    .filter((part) => part.trim() !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      const format = part.slice(0, eq).trim() as ReportFormat;
      const path = part.slice(eq + 1).trim();
      if (eq < 0 || !FORMATS.includes(format) || path === '') {
        throw new ConformanceError(
          'BAD_OPTION',
          `--report "${part}": expected junit=PATH, json=PATH or html=PATH`,
          part,
        );
      }
      return { format, path: resolve(cwd, path) };
    });
}

/** The text of a report in a format. */
function render(report: ConformanceReport, format: ReportFormat): string {
  if (format === 'junit') return junitReport(report);
  if (format === 'html') return htmlReport(report);
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * Writes each report atomically (`write-file-atomic`: a temporary file
 * renamed into place, so a reader never sees half a report), creating
 * folders as needed.
 *
 * @example
 * writeReports(report, [{ format: 'json', path: 'reports/conformance.json' }]);
 */
export function writeReports(report: ConformanceReport, targets: readonly ReportTarget[]): void {
  for (const { format, path } of targets) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic.sync(path, render(report, format));
  }
}
