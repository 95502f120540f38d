import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LogError } from '../log/log-error.ts';
import { parseLog } from '../log/parse-log.ts';
import type { BreakingLog } from '../log/log-types.ts';

/** One published revision of the breaking-changes log. */
export interface LogRevision {
  file: string;
  /** The publication date, from the file name (`breaking-2019-11-21-556f7fc.md`). */
  date: string;
  log: BreakingLog;
}

/**
 * Reads a folder of dated log revisions (`*.md` with a `YYYY-MM-DD` in the
 * name), oldest first. A revision the parser refuses gives a
 * {@link LogError} whose message starts with its file name.
 *
 * @example
 * const revisions = await readLogHistory('../shared/fixtures/breaking-log/history');
 */
export async function readLogHistory(dir: string): Promise<LogRevision[]> {
  const files = readdirSync(dir)
    .flatMap((file) => {
      const date = /(\d{4}-\d{2}-\d{2})/.exec(file)?.[1];
      return file.endsWith('.md') && date ? [{ file, date }] : [];
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
  return Promise.all(
    files.map(async ({ file, date }) => {
      try {
        return { file, date, log: await parseLog(readFileSync(join(dir, file), 'utf8')) };
      } catch (error) {
        if (error instanceof LogError) throw new LogError(error.code, `${file}: ${error.message}`, error.line);
        throw error;
      }
    }),
  );
}

/**
 * The revision as it was published on a day: the last one dated on or
 * before it, or `undefined` before the first.
 */
export function revisionAt(revisions: readonly LogRevision[], date: string): LogRevision | undefined {
  return revisions.filter((revision) => revision.date <= date).at(-1);
}
