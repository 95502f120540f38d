import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One version in a history folder. */
export interface HistoryVersion {
  file: string;
  /** `YYYY-MM-DD` from INDEX.tsv, else from the file name, else `null`. */
  date: string | null;
}

const DATE_IN_NAME = /(\d{4}-\d{2}-\d{2})/;

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
  const files = readdirSync(dir).filter((file) => /\.(json|ya?ml)$/i.test(file) && !file.startsWith('.'));
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
  const versions = files.map((file) => ({ file, date: dates.get(file) ?? DATE_IN_NAME.exec(file)?.[1] ?? null }));
  return versions.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.file.localeCompare(b.file));
}
