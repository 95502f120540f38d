import type { CheckedChange } from '../log/check-against-log.ts';
import type { ReplayResult } from '../history/replay-history.ts';

const VERDICTS = ['unannounced', 'early', 'announced-late', 'announced'] as const;

/**
 * A history replay as a timeline: one line per step with its date, file and
 * counts, then each breaking change (with its log verdict when a log was
 * checked), then the log entries no step matched.
 *
 * @example
 * io.stdout(formatTimeline(await replayHistory(dir, { logHistory })));
 */
export function formatTimeline(result: ReplayResult): string {
  const lines: string[] = [];
  for (const step of result.steps) {
    const count = (level: string) => step.changes.filter((change) => change.level === level).length;
    const log = step.check ? `  [log: ${step.logRevision ?? 'given'}]` : '';
    lines.push(
      `${step.to.date ?? '????-??-??'}  ${step.to.file}  ${count('error')} error, ${count('warn')} warn, ${count('info')} info${log}`,
    );
    const verdictOf = new Map<unknown, CheckedChange>();
    for (const verdict of VERDICTS)
      for (const checked of step.check?.[verdict] ?? []) verdictOf.set(checked.change, checked);
    for (const change of step.changes.filter((c) => c.level !== 'info')) {
      const checked = verdictOf.get(change);
      const verdict = checked ? `  → ${checked.verdict}: ${checked.reason}` : '';
      lines.push(
        `    ${change.level.padEnd(5)} ${change.id}  ${change.operation.method} ${change.operation.path}: ${change.message}${verdict}`,
      );
    }
  }
  for (const entry of result.notSeen) {
    lines.push(`not-seen: log line ${entry.line} (${entry.date ?? 'undated'}): ${entry.text.split('\n')[0]}`);
  }
  return `${lines.join('\n')}\n`;
}
