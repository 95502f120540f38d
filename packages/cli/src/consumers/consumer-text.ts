import type { ConsumerImpact } from './consumer-impact.ts';

/**
 * The consumer part of `breaking diff --pacts` for a terminal: a line per
 * change naming the consumers it reaches (or "no known consumer"), the
 * interactions the new spec breaks, then one line per consumer.
 *
 * @example
 * io.stdout(formatText(report) + consumerText(impact));
 */
export function consumerText(impact: ConsumerImpact): string {
  const lines = ['', 'Consumers by change:'];
  for (const change of impact.changes) {
    const who = change.consumers.length === 0 ? 'no known consumer' : change.consumers.join(', ');
    lines.push(`  ${change.id}  ${change.operation.method} ${change.operation.path}: ${who}`);
  }
  if (impact.consumerFindings.length > 0) {
    lines.push('', 'Broken interactions:');
    for (const finding of impact.consumerFindings) {
      const by = finding.gap ? 'no rule fired (a gap in the rule catalogue)' : finding.rules.join(', ');
      lines.push(`  ${finding.consumer}: ${finding.interaction}: ${finding.reason} [${by}]`);
    }
  }
  lines.push('', 'Consumers:');
  for (const summary of impact.consumers) {
    const why =
      summary.status === 'broken'
        ? ` (${summary.brokenInteractions.join('; ')})`
        : summary.status === 'affected'
          ? ` (${summary.breakingChanges.join(', ')})`
          : '';
    lines.push(`  ${summary.consumer}: ${summary.status}${why}`);
  }
  return `${lines.join('\n')}\n`;
}
