import { execFileSync } from 'node:child_process';
import { overlayWorkingTree } from '../working-tree.mjs';

const git = (cwd, args) =>
  execFileSync('git', ['-C', cwd, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * The tree CircleCI would check out, in `dest` (a folder with no ../shared
 * beside it): a clone of the repository's HEAD, or with `workingTree` the
 * working tree's files over that clone (`overlayWorkingTree`: tracked and
 * untracked files git does not ignore), so uncommitted changes are checked too.
 *
 * @param {string} repoRoot
 * @param {string} dest must not exist
 * @param {{ workingTree: boolean }} options
 * @returns {{ branch?: string, revision: string }} the branch (none when HEAD is detached) and HEAD's commit
 */
export function prepareSourceTree(repoRoot, dest, { workingTree }) {
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', repoRoot, dest], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (workingTree) overlayWorkingTree(repoRoot, dest);
  const branch = git(repoRoot, ['rev-parse', '--abbrev-ref', 'HEAD']).trim();
  return { ...(branch === 'HEAD' ? {} : { branch }), revision: git(repoRoot, ['rev-parse', 'HEAD']).trim() };
}
