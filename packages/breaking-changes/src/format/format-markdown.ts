import type { ReportedChange } from '../controls/apply-ignore.ts';
import type { BreakingReport } from '../report/breaking-report.ts';
import { verdictLines } from './verdict-lines.ts';

const ICON = { error: '🔴', warn: '🟠', info: '⚪' } as const;

/**
 * Text made safe for one cell of a Markdown table: `|` escaped, line breaks
 * turned to spaces.
 *
 * @example
 * markdownCell('a | b'); // 'a \\| b'
 */
export function markdownCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** A column added to the change tables of {@link formatMarkdown}, after the built-in ones. */
export interface MarkdownColumn<C extends ReportedChange = ReportedChange> {
  header: string;
  /** The cell's Markdown for one change; `|` and line breaks are escaped. */
  cell: (change: C) => string;
}

/** Options of {@link formatMarkdown}. */
export interface FormatMarkdownOptions<C extends ReportedChange = ReportedChange> {
  /** Columns to add to the change tables (e.g. the consumers a change reaches). */
  columns?: ReadonlyArray<MarkdownColumn<C>>;
}

/**
 * The report as a pull-request comment: a headline with counts, a table of
 * breaking changes, the log verdicts, and the non-breaking changes folded
 * in a `<details>` block. Ignored changes are only counted in the headline.
 * `options.columns` adds columns to the change tables.
 *
 * @example
 * writeFileSync('comment.md', formatMarkdown(breakingReport(changes, check)));
 */
export function formatMarkdown<C extends ReportedChange = ReportedChange>(
  report: Omit<BreakingReport, 'changes'> & { changes: C[] },
  options: FormatMarkdownOptions<C> = {},
): string {
  const columns = options.columns ?? [];
  const { error, warn, info, ignored } = report.summary;
  const out = [
    `### API changes: ${error} breaking, ${warn} to check, ${info} safe${ignored ? `, ${ignored} ignored` : ''}`,
    '',
  ];
  const table = (changes: C[]) => [
    ['| | rule | operation | change |', ...columns.map((column) => ` ${markdownCell(column.header)} |`)].join(''),
    `|---|---|---|---|${'---|'.repeat(columns.length)}`,
    ...changes.map(
      (c) =>
        `| ${ICON[c.level]} | \`${c.id}\` | \`${c.operation.method} ${markdownCell(c.operation.path)}\` | ${markdownCell(c.message)} |` +
        columns.map((column) => ` ${markdownCell(column.cell(c))} |`).join(''),
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
