import { markdownCell as cell, type MarkdownColumn, type ReportedChange } from '@circleci-kit/breaking-changes';
import type { ChangeWithConsumers, ConsumerImpact, ConsumerStatus } from './consumer-impact.ts';

/** How many interactions a change's cell lists before it only counts the rest. */
const LISTED = 5;

const STATUS: Record<ConsumerStatus, string> = { broken: '🔴 broken', affected: '🟠 affected', safe: '🟢 safe' };

const code = (text: string) => `\`${text.replaceAll('`', "'")}\``;

/** The interactions a cell lists: the first few, then a count of the others. */
function listed(interactions: readonly string[]): string {
  const shown = interactions.slice(0, LISTED).join('; ');
  const more = interactions.length - LISTED;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}

/**
 * The column `breaking diff --pacts --format markdown` adds to each change
 * table: the consumers the change reaches and their interactions, or "none
 * known".
 *
 * @example
 * formatMarkdown({ ...report, changes: impact.changes }, { columns: [CONSUMERS_COLUMN] });
 */
export const CONSUMERS_COLUMN: MarkdownColumn<ChangeWithConsumers<ReportedChange>> = {
  header: 'consumers',
  cell: (change) =>
    change.consumers.length === 0
      ? 'none known'
      : `${change.consumers.map((name) => `**${name}**`).join(', ')}: ${listed(change.interactions)}`,
};

/**
 * The consumer sections of `breaking diff --pacts --format markdown`, to
 * follow the report: a table with each consumer's outcome, then the
 * interactions the new spec breaks, each with the rules on its operation or
 * flagged as a gap in the rule catalogue.
 *
 * @example
 * io.stdout(formatMarkdown(report, { columns: [CONSUMERS_COLUMN] }) + consumerMarkdown(impact));
 */
export function consumerMarkdown(impact: ConsumerImpact): string {
  const out = [
    '',
    '#### Consumers',
    '',
    '| consumer | outcome | breaking changes that reach it | interactions the new spec breaks |',
    '|---|---|---|---|',
    ...impact.consumers.map(
      (summary) =>
        `| **${cell(summary.consumer)}** | ${STATUS[summary.status]} | ${summary.breakingChanges.map(code).join(', ')} | ${cell(listed(summary.brokenInteractions))} |`,
    ),
    '',
  ];
  if (impact.consumerFindings.length > 0) {
    out.push(
      '#### Interactions the new spec breaks',
      '',
      '| consumer | interaction | why | rules on its operation |',
      '|---|---|---|---|',
      ...impact.consumerFindings.map(
        (finding) =>
          `| **${cell(finding.consumer)}** | ${cell(finding.interaction)} | ${cell(finding.reason)} | ${
            finding.gap ? '⚠️ none fired: a gap in the rule catalogue' : finding.rules.map(code).join(', ')
          } |`,
      ),
      '',
    );
  }
  return out.join('\n');
}
