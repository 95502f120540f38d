import type { CheckId } from '../check-catalogue.ts';
import type { CheckStatus, ConformanceReport } from '../conformance-report.ts';

const MARK: Record<CheckStatus, string> = { passed: '✓', failed: '✗', skipped: '·', error: '!' };

/** Short column headings for the table, one per check. */
const SHORT: Record<CheckId, string> = {
  'request-valid': 'req',
  'router-round-trip': 'rtr',
  'invalid-rejected-by-builder': 'bld',
  'not-a-server-error': '5xx',
  'status-code-declared': 'sta',
  'content-type-declared': 'cty',
  'response-schema': 'sch',
  'response-headers': 'hdr',
  'positive-accepted': 'pos',
  'negative-rejected': 'neg',
  'auth-enforced': 'aut',
  'pagination-consistent': 'pag',
  stateful: 'flo',
  'response-time': 'tim',
};

/**
 * The summary of a run as text: a matrix of operations × checks (`✓`
 * passed, `✗` failed, `·` skipped or not applicable, `!` target error, blank
 * not in this run), a legend of the column headings, and the totals.
 *
 * @example
 * io.stdout(summaryTable(report));
 */
export function summaryTable(report: ConformanceReport): string {
  const checks = report.checks;
  const byPair = new Map(report.results.map((result) => [`${result.operationId}|${result.check}`, result.status]));
  const operations = [...new Set(report.results.map((result) => result.operationId))];
  const width = Math.max('operation'.length, ...operations.map((id) => id.length));
  const lines = [`${'operation'.padEnd(width)}  ${checks.map((check) => SHORT[check]).join(' ')}`];
  for (const operationId of operations) {
    const cells = checks.map((check) => {
      const status = byPair.get(`${operationId}|${check}`);
      return (status === undefined ? ' ' : MARK[status]).padEnd(3);
    });
    lines.push(`${operationId.padEnd(width)}  ${cells.join(' ').trimEnd()}`);
  }
  lines.push('');
  lines.push(`checks: ${checks.map((check) => `${SHORT[check]}=${check}`).join(', ')}`);
  const { passed, failed, skipped, error } = report.totals;
  lines.push(
    `${operations.length} operations, ${report.results.length} results: ${passed} passed, ${failed} failed, ${skipped} skipped, ${error} errors; ${report.requests} requests in ${(report.durationMs / 1000).toFixed(1)} s (seed ${report.seed}, ${report.runs} runs)`,
  );
  if (report.aborted) lines.push(`aborted: ${report.aborted.reason} (partial report)`);
  return `${lines.join('\n')}\n`;
}
