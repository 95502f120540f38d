import type { ReportedChange } from '../controls/apply-ignore.ts';
import type { LogCheck } from '../log/check-against-log.ts';
import type { Level } from '../types.ts';

/**
 * What `circleci-kit breaking diff --format json` prints: every change, and
 * when a log was given, the breaking ones by verdict plus the log entries
 * that matched nothing. Without a log, every list under `log` is empty and
 * `log.checked` is false. Changes an ignore file acknowledged are kept,
 * marked `ignored`, and counted under `summary.ignored` instead of their level.
 */
export interface BreakingReport {
  changes: ReportedChange[];
  log: LogCheck & { checked: boolean };
  summary: { error: number; warn: number; info: number; ignored?: number };
}

/**
 * Builds the report of one diff.
 *
 * @example
 * printJson(io, breakingReport(changes, checkAgainstLog(changes, log, { releaseDate })));
 */
export function breakingReport(changes: readonly ReportedChange[], check?: LogCheck): BreakingReport {
  const count = (level: Level) => changes.filter((change) => change.level === level && !change.ignored).length;
  const ignored = changes.filter((change) => change.ignored).length;
  const empty: LogCheck = { announced: [], 'announced-late': [], early: [], unannounced: [], 'not-seen': [] };
  return {
    changes: [...changes],
    log: { checked: check !== undefined, ...(check ?? empty) },
    summary: {
      error: count('error'),
      warn: count('warn'),
      info: count('info'),
      ...(ignored > 0 ? { ignored } : {}),
    },
  };
}

/** When `--fail-on` ends a run with exit 1. */
export type FailOn = 'error' | 'warn' | 'never';

/**
 * Whether the changes meet the `--fail-on` threshold: `error` fails on any
 * error, `warn` on any error or warning, `never` never.
 *
 * @example
 * if (meetsFailOn(changes, 'error')) process.exitCode = 1;
 */
export function meetsFailOn(changes: readonly ReportedChange[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return changes.some(
    (change) => !change.ignored && (change.level === 'error' || (failOn === 'warn' && change.level === 'warn')),
  );
}
