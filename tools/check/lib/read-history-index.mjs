import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {object} SpecVersion
 * @property {string} file the file name in the history folder, e.g. `circleci-v2-2019-10-23b.json`
 * @property {string} date the date column, e.g. `2019-10-23` (not unique: some days have two versions)
 * @property {string} label the file name without `circleci-v2-` and `.json`, e.g. `2019-10-23b`: unique
 * @property {string} path the file's absolute path
 * @property {number} operations the index's `n_operations`
 */

/**
 * Reads `INDEX.tsv` of a spec history folder (a header row, then one
 * tab-separated row per version with at least the `file` and `date`
 * columns), in the file's order.
 *
 * @param {string} dir the history folder
 * @returns {SpecVersion[]}
 * @example
 * readHistoryIndex(locateFixture('specs/history')).length; // 109
 */
export function readHistoryIndex(dir) {
  const [head, ...lines] = readFileSync(join(dir, 'INDEX.tsv'), 'utf8').split('\n').filter(Boolean);
  const columns = head.split('\t');
  const at = (name) => {
    const index = columns.indexOf(name);
    if (index < 0) throw new Error(`${join(dir, 'INDEX.tsv')} has no ${name} column`);
    return index;
  };
  const [file, date, operations] = [at('file'), at('date'), at('n_operations')];
  return lines.map((line) => {
    const cells = line.split('\t');
    return {
      file: cells[file],
      date: cells[date],
      label: cells[file].replace(/^circleci-v2-/, '').replace(/\.json$/, ''),
      path: join(dir, cells[file]),
      operations: Number(cells[operations]),
    };
  });
}
