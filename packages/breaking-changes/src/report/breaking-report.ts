import type { LogCheck } from '../log/check-against-log.js';
import type { Change, Level } from '../types.js';

/**
 * What `circleci-kit breaking diff --format json` prints: every change, and
 * when a log was given, the breaking ones by verdict plus the log entries
 * that matched nothing. Without a log, every list under `log` is empty and
 * `log.checked` is false.
 */
export interface BreakingReport {
  changes: Change[];
  log: LogCheck & { checked: boolean };
  summary: { error: number; warn: number; info: number };
}

/**
 * Builds the report of one diff.
 *
 * @example
 * printJson(io, breakingReport(changes, checkAgainstLog(changes, log, { releaseDate })));
 */
export function breakingReport(changes: readonly Change[], check?: LogCheck): BreakingReport {
  const count = (level: Level) => changes.filter((change) => change.level === level).length;
  const empty: LogCheck = { announced: [], 'announced-late': [], early: [], unannounced: [], 'not-seen': [] };
  return {
    changes: [...changes],
    log: { checked: check !== undefined, ...(check ?? empty) },
    summary: { error: count('error'), warn: count('warn'), info: count('info') },
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
export function meetsFailOn(changes: readonly Change[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return changes.some((change) => change.level === 'error' || (failOn === 'warn' && change.level === 'warn'));
}
