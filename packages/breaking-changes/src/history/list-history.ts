import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One version in a history folder. */
export interface HistoryVersion {
  file: string;
  /** `YYYY-MM-DD` from INDEX.tsv, else from the file name, else `null`. */
  date: string | null;
}

const DATE_IN_NAME = /(\d{4}-\d{2}-\d{2})/;

/** Whether a file name is a spec version: `.json`, `.yaml` or `.yml`, not hidden. */
export function isVersionFile(file: string): boolean {
  return /\.(json|ya?ml)$/i.test(file) && !file.startsWith('.');
}

/** The `date` column of a folder's `INDEX.tsv` by `file`; empty when the folder has none. */
function indexDates(dir: string): Map<string, string> {
  const dates = new Map<string, string>();
  const index = join(dir, 'INDEX.tsv');
  if (existsSync(index)) {
    const [header, ...rows] = readFileSync(index, 'utf8').split('\n').filter(Boolean);
    const columns = header?.split('\t') ?? [];
    const fileAt = columns.indexOf('file');
    const dateAt = columns.indexOf('date');
    for (const row of rows) {
      const cells = row.split('\t');
      const file = cells[fileAt];
      const date = cells[dateAt];
      if (file && date) dates.set(file, date);
    }
  }
  return dates;
}

/** A version's date: from `INDEX.tsv` (`dates`), else from its name, else `null`. */
export function versionDate(file: string, dates: ReadonlyMap<string, string>): string | null {
  return dates.get(file) ?? DATE_IN_NAME.exec(file)?.[1] ?? null;
}

/**
 * Lists the spec versions of a folder (`.json`, `.yaml`, `.yml`) in release
 * order: by the `date` column of `INDEX.tsv` when the folder has one (ties
 * keep the file-name order, so `2019-10-23` comes before `2019-10-23b`),
 * else by the date in the file name, then the name.
 *
 * @example
 * listHistory('../shared/specs/history')[0]; // { file: 'circleci-v2-2019-08-27.json', date: '2019-08-27' }
 */
export function listHistory(dir: string): HistoryVersion[] {
  const files = readdirSync(dir).filter(isVersionFile);
  const dates = indexDates(dir);
  const versions = files.map((file) => ({ file, date: versionDate(file, dates) }));
  return versions.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.file.localeCompare(b.file));
}

/**
 * The date of one version of a folder, as {@link listHistory} gives it, or
 * `null` when the folder holds no such version. Without listing the rest in
 * order: sorting by `localeCompare` starts ICU's collator, which costs a
 * command that wants one date about ten milliseconds.
 */
export function dateInHistory(dir: string, file: string): string | null {
  const listed = readdirSync(dir).includes(file) && isVersionFile(file);
  const dates = indexDates(dir);
  return listed ? versionDate(file, dates) : null;
}
