import type { BreakingReport } from '../report/breaking-report.ts';

const VERDICTS = ['unannounced', 'early', 'announced-late', 'announced'] as const;

/**
 * The log part of a report as lines: each breaking change with its verdict,
 * reason and evidence, then the entries that matched no change. `code`
 * wraps inline code for the target format.
 */
export function verdictLines(report: BreakingReport, code: (text: string) => string): string[] {
  const lines: string[] = [];
  for (const verdict of VERDICTS) {
    for (const checked of report.log[verdict]) {
      const { change } = checked;
      lines.push(
        `${verdict}: ${code(`${change.operation.method} ${change.operation.path}`)} ${change.id}: ${checked.reason}`,
      );
      for (const match of checked.matches) {
        const words = match.evidence.map((e) => `${code(e.entry)} → ${e.change}`).join('; ');
        lines.push(`    log line ${match.entry.line} (${match.entry.date ?? 'undated'}): ${words}`);
      }
    }
  }
  for (const entry of report.log['not-seen']) {
    lines.push(
      `not-seen: log line ${entry.line} (${entry.date ?? 'undated'}, ${entry.heading}): ${entry.text.split('\n')[0]}`,
    );
  }
  return lines;
}
