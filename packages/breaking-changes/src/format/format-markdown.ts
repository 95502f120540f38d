import type { BreakingReport } from '../report/breaking-report.ts';
import { verdictLines } from './verdict-lines.ts';

const ICON = { error: '🔴', warn: '🟠', info: '⚪' } as const;

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/**
 * The report as a pull-request comment: a headline with counts, a table of
 * breaking changes, the log verdicts, and the non-breaking changes folded
 * in a `<details>` block. Ignored changes are only counted in the headline.
 *
 * @example
 * writeFileSync('comment.md', formatMarkdown(breakingReport(changes, check)));
 */
export function formatMarkdown(report: BreakingReport): string {
  const { error, warn, info, ignored } = report.summary;
  const out = [
    `### API changes: ${error} breaking, ${warn} to check, ${info} safe${ignored ? `, ${ignored} ignored` : ''}`,
    '',
  ];
  const table = (changes: BreakingReport['changes']) => [
    '| | rule | operation | change |',
    '|---|---|---|---|',
    ...changes.map(
      (c) =>
        `| ${ICON[c.level]} | \`${c.id}\` | \`${c.operation.method} ${cell(c.operation.path)}\` | ${cell(c.message)} |`,
    ),
  ];
  const breaking = report.changes.filter((change) => change.level !== 'info' && !change.ignored);
  out.push(...(breaking.length > 0 ? table(breaking) : ['No breaking changes.']), '');
  if (report.log.checked) {
    out.push('#### Against the breaking-changes log', '');
    const lines = verdictLines(report, (text) => `\`${text}\``);
    out.push(
      ...(lines.length > 0
        ? lines.map((line) => (line.startsWith(' ') ? `  - ${line.trim()}` : `- ${line}`))
        : ['Nothing to hold against the log.']),
      '',
    );
  }
  const safe = report.changes.filter((change) => change.level === 'info' && !change.ignored);
  if (safe.length > 0) {
    out.push(
      `<details><summary>${safe.length} non-breaking change(s)</summary>`,
      '',
      ...table(safe),
      '',
      '</details>',
      '',
    );
  }
  return out.join('\n');
}
