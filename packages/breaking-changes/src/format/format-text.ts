import type { BreakingReport } from '../report/breaking-report.ts';
import { verdictLines } from './verdict-lines.ts';

/**
 * The report for a terminal: one line per change (`error  id  METHOD path: message`),
 * ignored ones marked with their ignore line, then the log verdicts when a
 * log was checked, then a count (ignored changes apart).
 *
 * @example
 * io.stdout(formatText(breakingReport(changes)));
 */
export function formatText(report: BreakingReport): string {
  const lines = report.changes.map(
    (change) =>
      `${change.level.padEnd(5)}  ${change.id}  ${change.operation.method} ${change.operation.path}: ${change.message}` +
      (change.ignoredBy ? ` (ignored: ${change.ignoredBy.file}:${change.ignoredBy.line})` : ''),
  );
  if (report.log.checked) lines.push('', ...verdictLines(report, (text) => text));
  const { error, warn, info, ignored } = report.summary;
  lines.push('', `${error} error(s), ${warn} warning(s), ${info} info${ignored ? `, ${ignored} ignored` : ''}`);
  return `${lines.join('\n')}\n`;
}
