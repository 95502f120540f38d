/** A route named in a log entry, e.g. `GET /pipeline/{pipeline-id}` or `/workflow/:id/jobs`. */
export interface LogRoute {
  /** Upper-case method when the entry names one. */
  method?: string;
  /** The path as written. */
  raw: string;
  /** The path with parameters written `{}` (see `normalizePath`). */
  path: string;
}

/** One announcement in the breaking-changes log: a bullet, or a paragraph under a dated heading. */
export interface LogEntry {
  /** The date of its section (`YYYY-MM-DD`), or `null` when the section has none. */
  date: string | null;
  /** `released` under "Breaking Changes", `proposed` under "Proposed Breaking Changes". */
  section: 'released' | 'proposed';
  /** The heading it sits under, e.g. `Nov 21, 2019` or `Changes to Routes`. */
  heading: string;
  /** The entry's Markdown, struck-out (`~~…~~`) parts removed. */
  text: string;
  /** 1-based line in the log. */
  line: number;
  routes: LogRoute[];
  /** Names in backticks that are not routes or methods, e.g. `workflow`, `start_time`. */
  fields: string[];
  /** Anchors of links into CircleCI's API reference, e.g. `get-a-pipeline`. */
  anchors: string[];
  /** Dates named in the text (`YYYY-MM-DD`), e.g. "scheduled to be deleted on Dec 9, 2019". */
  mentionedDates: string[];
}

/** A parsed breaking-changes log. */
export interface BreakingLog {
  entries: LogEntry[];
}
