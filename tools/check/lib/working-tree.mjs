import { execFileSync } from 'node:child_process';
import { copyFileSync, lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The paths `git ls-files -z <args>` prints in `dir`. */
function gitFiles(dir, args) {
  const out = execFileSync('git', ['ls-files', '-z', ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  return out.split('\0').filter(Boolean);
}

/** Whether `from` and `to` (both there) hold the same file: same bytes and mode, or symlinks to the same target. */
function same(from, to) {
  const [a, b] = [lstatSync(from), lstatSync(to)];
  if (a.isSymbolicLink() || b.isSymbolicLink())
    return a.isSymbolicLink() && b.isSymbolicLink() && readlinkSync(from) === readlinkSync(to);
  return a.mode === b.mode && readFileSync(from).equals(readFileSync(to));
}

/**
 * Makes `clone` (a clone of `repo`'s HEAD) hold `repo`'s working tree: every
 * file git does not ignore, tracked or not, is copied over (a symlink as a
 * symlink, the mode kept), and the files of HEAD the working tree no longer
 * has are removed. Ignored files (`node_modules`, `.fixtures`, build output)
 * are not copied.
 *
 * @param {string} repo the repository whose working tree is taken
 * @param {string} clone a clone of its HEAD
 * @returns {{ added: number, changed: number, removed: number }} the files that differ from HEAD
 * @example
 * overlayWorkingTree('/work/main', '/tmp/circleci-kit-fresh-x/circleci-kit'); // { added: 2, changed: 14, removed: 0 }
 */
export function overlayWorkingTree(repo, clone) {
  const files = gitFiles(repo, ['--cached', '--others', '--exclude-standard']).filter((file) =>
    lstatSync(join(repo, file), { throwIfNoEntry: false }),
  );
  const wanted = new Set(files);
  const counts = { added: 0, changed: 0, removed: 0 };
  for (const file of gitFiles(clone, [])) {
    if (wanted.has(file)) continue;
    rmSync(join(clone, file), { force: true });
    counts.removed += 1;
  }
  for (const file of wanted) {
    const [from, to] = [join(repo, file), join(clone, file)];
    const there = lstatSync(to, { throwIfNoEntry: false }) !== undefined;
    if (there && same(from, to)) continue;
    counts[there ? 'changed' : 'added'] += 1;
    mkdirSync(dirname(to), { recursive: true });
    rmSync(to, { force: true });
    if (lstatSync(from).isSymbolicLink()) symlinkSync(readlinkSync(from), to);
    else copyFileSync(from, to);
  }
  return counts;
}
