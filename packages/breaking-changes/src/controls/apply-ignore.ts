import { normalizePath } from '../engine/route-key.ts';
import type { Change } from '../types.ts';
import { keyPointer, keyRoute, WEBHOOK_PREFIX } from './change-key.ts';
import type { IgnoreEntry } from './parse-ignore.ts';

/** The ignore line that acknowledged a change. */
export interface IgnoredBy {
  file: string;
  line: number;
  /** The line as written, without its comment. */
  text: string;
}

/** A change as the report holds it: marked when an ignore line acknowledged it. */
export type ReportedChange = Change & { ignored?: true; ignoredBy?: IgnoredBy };

/** What `applyIgnore` gives: every change (the acknowledged ones marked) and the lines past their day. */
export interface IgnoreResult {
  changes: ReportedChange[];
  /** Lines whose `until` day is before `today`: they ignore nothing. */
  expired: IgnoreEntry[];
}

/** Whether an ignore line names the change's route (parameter names aside) or webhook (`webhook:name`, exactly). */
function sameRoute(entry: IgnoreEntry, change: Change): boolean {
  const route = keyRoute(change);
  if (entry.path.startsWith(WEBHOOK_PREFIX) || route.startsWith(WEBHOOK_PREFIX)) return entry.path === route;
  return normalizePath(entry.path) === normalizePath(route);
}

/** Whether an ignore line names a change: same rule, method and route (parameter names aside), and pointer when given. */
export function ignoreMatches(entry: IgnoreEntry, change: Change): boolean {
  if (entry.ruleId !== change.id || entry.method !== change.operation.method.toUpperCase()) return false;
  if (!sameRoute(entry, change)) return false;
  return entry.pointer === undefined || entry.pointer === keyPointer(change);
}

/**
 * Marks the changes an ignore line acknowledges (`ignored: true` and the
 * first matching line) instead of dropping them. A line with an `until` day
 * before `today` (`YYYY-MM-DD`) is expired: it is returned in `expired` and
 * ignores nothing; on its `until` day it still ignores.
 *
 * @example
 * const { changes, expired } = applyIgnore(diffSpecs(old, next), parseIgnore(text, file, ids), '2026-12-06');
 */
export function applyIgnore(changes: readonly Change[], entries: readonly IgnoreEntry[], today: string): IgnoreResult {
  const expired = entries.filter((entry) => entry.until !== undefined && entry.until < today);
  const live = entries.filter((entry) => !expired.includes(entry));
  return {
    expired,
    changes: changes.map((change) => {
      const entry = live.find((candidate) => ignoreMatches(candidate, change));
      if (entry === undefined) return change;
      return { ...change, ignored: true, ignoredBy: { file: entry.file, line: entry.line, text: entry.text } };
    }),
  };
}
