import type { Change } from '../types.ts';
import type { BreakingLog, LogEntry } from './log-types.ts';
import { matchEntry, type Evidence } from './match-entry.ts';
import { addDays } from './parse-date.ts';

/** How a breaking change stands against the log. */
export type Verdict = 'announced' | 'announced-late' | 'early' | 'unannounced';

/** A log entry that matched, with the evidence. */
export interface EntryMatch {
  entry: Pick<LogEntry, 'date' | 'section' | 'heading' | 'line' | 'text'>;
  evidence: Evidence[];
}

/** One breaking change (level `error` or `warn`) with its verdict and the entries that matched it. */
export interface CheckedChange {
  verdict: Verdict;
  change: Change;
  matches: EntryMatch[];
  /** Why this verdict, in one sentence. */
  reason: string;
}

/** The result of `checkAgainstLog`: breaking changes by verdict, and the entries that matched no change. */
export interface LogCheck {
  announced: CheckedChange[];
  'announced-late': CheckedChange[];
  early: CheckedChange[];
  unannounced: CheckedChange[];
  'not-seen': Array<EntryMatch['entry']>;
}

/** Options of `checkAgainstLog`. */
export interface CheckOptions {
  /** The day the new version shipped, `YYYY-MM-DD`. */
  releaseDate: string;
  /**
   * How many days ahead an entry must be dated to count as announced.
   * @default 0
   */
  leadDays?: number;
  /**
   * Only entries dated after this day (`YYYY-MM-DD`) can be `not-seen`; by
   * default every entry that names a route or links to an operation can.
   */
  notSeenAfter?: string;
  /** Only entries dated on or after this day (`YYYY-MM-DD`) can be `not-seen`; undated entries then cannot. */
  notSeenFrom?: string;
  /** Only entries dated on or before this day (`YYYY-MM-DD`) can be `not-seen`; undated entries then cannot. */
  notSeenUntil?: string;
}

/** Whether an entry's date lets it be `not-seen` under the options' bounds. */
function inNotSeenWindow(date: string | null, options: CheckOptions): boolean {
  const { notSeenAfter: after, notSeenFrom: from, notSeenUntil: until } = options;
  if (after === undefined && from === undefined && until === undefined) return true;
  if (date === null) return false;
  return (
    (after === undefined || date > after) &&
    (from === undefined || date >= from) &&
    (until === undefined || date <= until)
  );
}

function brief(entry: LogEntry): EntryMatch['entry'] {
  return { date: entry.date, section: entry.section, heading: entry.heading, line: entry.line, text: entry.text };
}

function classify(matches: Array<{ entry: LogEntry }>, release: string, lead: number): [Verdict, string] {
  if (matches.length === 0) return ['unannounced', 'no log entry names this route and field'];
  const later = matches.flatMap(({ entry }) => entry.mentionedDates.filter((date) => date > release));
  if (later.length > 0) return ['early', `the log named ${later[0]} for it, after the release on ${release}`];
  const deadline = addDays(release, -lead);
  const inTime = matches.find(({ entry }) => entry.date !== null && entry.date <= deadline);
  if (inTime) return ['announced', `announced on ${inTime.entry.date} (release ${release}, lead ${lead} days)`];
  const dates = matches.map(({ entry }) => entry.date ?? 'undated').join(', ');
  return ['announced-late', `only announced on ${dates}, after ${deadline}`];
}

/**
 * Holds every breaking change (`error` or `warn`) of a diff against a
 * breaking-changes log: `announced` when an entry dated at least `leadDays`
 * before the release matches it, `announced-late` when the matching entries
 * are dated later, `early` when an entry named a later date for it than the
 * release, `unannounced` when none matches. Entries that match no change at
 * all (breaking or not) are `not-seen`. Every match carries its evidence.
 *
 * @example
 * const check = checkAgainstLog(diffSpecs(old, next), await parseLog(markdown), { releaseDate: '2019-12-17' });
 * check.unannounced.map(({ change }) => change.message);
 */
export function checkAgainstLog(changes: readonly Change[], log: BreakingLog, options: CheckOptions): LogCheck {
  const lead = options.leadDays ?? 0;
  const result: LogCheck = { announced: [], 'announced-late': [], early: [], unannounced: [], 'not-seen': [] };
  const seen = new Set<LogEntry>();
  for (const change of changes) {
    const matches = log.entries.flatMap((entry) => {
      const evidence = matchEntry(change, entry);
      return evidence ? [{ entry, evidence }] : [];
    });
    for (const { entry } of matches) seen.add(entry);
    if (change.level === 'info') continue;
    const [verdict, reason] = classify(matches, options.releaseDate, lead);
    result[verdict].push({
      verdict,
      change,
      reason,
      matches: matches.map((m) => ({ entry: brief(m.entry), evidence: m.evidence })),
    });
  }
  result['not-seen'] = log.entries
    .filter((entry) => !seen.has(entry) && (entry.routes.length > 0 || entry.anchors.length > 0))
    .filter((entry) => inNotSeenWindow(entry.date, options))
    .map(brief);
  return result;
}
