import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { dateInHistory } from '../history/list-history.ts';

/**
 * The date of a spec file that sits in a history folder with an
 * `INDEX.tsv` (its `date` column, else the date in its name, as
 * `listHistory` reads it), or `null` when the folder has no index.
 *
 * @example
 * historyDate('../shared/specs/history/circleci-v2-2019-10-15.json'); // '2019-10-15'
 */
export function historyDate(file: string): string | null {
  const dir = dirname(file);
  if (!existsSync(join(dir, 'INDEX.tsv'))) return null;
  return dateInHistory(dir, basename(file));
}
