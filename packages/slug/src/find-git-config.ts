// Its own entry point (`@circleci-kit/slug/find-git-config`): it reads the file system, so it runs on
// Node and Deno, while the main entry needs no `node:` module and runs in browsers too.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SlugError } from './slug-error.ts';

/** The text of a file of the git dir; one that cannot be read is a `NO_GIT_CONFIG` SlugError. */
function readGitFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new SlugError('NO_GIT_CONFIG', path, `cannot read this file of the git repository (${reason})`);
  }
}

/** The git dir a `.git` file points at (`gitdir: <path>`, as worktrees and submodules have). */
function linkedGitDir(dotGitFile: string, dir: string): string {
  const match = /^gitdir:\s*(.+?)\s*$/m.exec(readGitFile(dotGitFile));
  if (match?.[1] === undefined) {
    throw new SlugError('NO_GIT_CONFIG', dotGitFile, 'this .git is neither a folder nor a "gitdir: <path>" file');
  }
  return resolve(dir, match[1]);
}

/**
 * The path of the git config of the repository that holds `cwd`, found by
 * searching upward for `.git` without running git: a folder (its `config`),
 * or a file `gitdir: <path>` as in worktrees and submodules (the `config` of
 * that git dir, or of the dir its `commondir` names). Read the file and give
 * its text to `slugFromGitConfig`.
 *
 * @param cwd - the folder to search from (relative to the process's working directory).
 * @throws {SlugError} `NO_GIT_REPOSITORY` when neither `cwd` nor a folder above it holds `.git`;
 *   `NO_GIT_CONFIG` when the `.git` found leads to no readable config; `NOT_A_STRING` for a `cwd` that is not a string.
 *
 * @example
 * import { readFileSync } from 'node:fs';
 * import { slugFromGitConfig } from '@circleci-kit/slug';
 * import { findGitConfig } from '@circleci-kit/slug/find-git-config';
 *
 * const path = findGitConfig(process.cwd()); // '/home/me/circleci-cli/.git/config'
 * slugFromGitConfig(readFileSync(path, 'utf8')).slug; // 'gh/CircleCI-Public/circleci-cli'
 */
export function findGitConfig(cwd: string): string {
  if (typeof cwd !== 'string')
    throw new SlugError('NOT_A_STRING', cwd, 'expected the folder to search from as a string');
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const dotGit = join(dir, '.git');
    if (existsSync(dotGit)) {
      const gitDir = statSync(dotGit).isDirectory() ? dotGit : linkedGitDir(dotGit, dir);
      const commonDirFile = join(gitDir, 'commondir');
      const commonDir = existsSync(commonDirFile) ? resolve(gitDir, readGitFile(commonDirFile).trim()) : gitDir;
      const config = join(commonDir, 'config');
      if (existsSync(config)) return config;
      throw new SlugError('NO_GIT_CONFIG', dotGit, `this git repository has no config file (looked for ${config})`);
    }
    if (dirname(dir) === dir) {
      throw new SlugError(
        'NO_GIT_REPOSITORY',
        cwd,
        'no git repository in this folder or above it: run inside a clone of the project',
      );
    }
  }
}
