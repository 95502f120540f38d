import { addDays } from '../log/parse-date.ts';

/** What bounds the log entries a diff lists as `not-seen`. */
export interface NotSeenWindowInput {
  /** `--since`: the first day of the window, when given. */
  since?: string;
  /** The old spec's date, when known; used when `since` is not given. */
  oldDate?: string | null;
  /** The day the new version ships. */
  releaseDate: string;
  /** `--lead-days`. */
  leadDays: number;
}

/** The days (`YYYY-MM-DD`, both inclusive) an entry must be dated in to be listed as `not-seen`. */
export interface NotSeenWindow {
  /** First day, or none for no lower bound. */
  from?: string;
  /** Last day: the release date plus the lead days. */
  until: string;
}

/**
 * The window a diff covers for `not-seen` entries: from `since` (else the old
 * spec's date, else no lower bound) to the release date plus `leadDays`,
 * both days included. Undated entries are outside every window.
 *
 * @example
 * notSeenWindow({ oldDate: '2019-10-15', releaseDate: '2019-10-16', leadDays: 0 });
 * // { from: '2019-10-15', until: '2019-10-16' }
 */
export function notSeenWindow(input: NotSeenWindowInput): NotSeenWindow {
  const from = input.since ?? input.oldDate ?? undefined;
  const until = addDays(input.releaseDate, input.leadDays);
  return from === undefined ? { until } : { from, until };
}
