import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CliError } from '../../cli-error.js';
import { ExitCode } from '../../exit-codes.js';

/**
 * Finds the git config of the repository that holds `cwd`, searching upward
 * for `.git`: a directory (its `config`), or a file `gitdir: <path>` as in
 * worktrees and submodules (the `config` of that git dir, or of its `commondir`).
 *
 * @throws {CliError} `NO_GIT_REPOSITORY` (exit code 2) when there is none.
 *
 * @example
 * const configPath = findGitConfig(io.cwd); // '/home/me/repo/.git/config'
 */
export function findGitConfig(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const dotGit = join(dir, '.git');
    if (existsSync(dotGit)) {
      const gitDir = statSync(dotGit).isDirectory() ? dotGit : linkedGitDir(dotGit, dir);
      const commonDirFile = join(gitDir, 'commondir');
      const commonDir = existsSync(commonDirFile)
        ? resolve(gitDir, readFileSync(commonDirFile, 'utf8').trim())
        : gitDir;
      const config = join(commonDir, 'config');
      if (existsSync(config)) return config;
      throw new CliError(`${dotGit} has no config file`, ExitCode.usage, 'NO_GIT_CONFIG');
    }
    if (dirname(dir) === dir) {
      throw new CliError(
        `no git repository in ${cwd} or above it: run slug detect inside a clone, or use slug parse`,
        ExitCode.usage,
        'NO_GIT_REPOSITORY',
      );
    }
  }
}

function linkedGitDir(dotGitFile: string, dir: string): string {
  const match = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGitFile, 'utf8'));
  if (match?.[1] === undefined) {
    throw new CliError(`${dotGitFile} is neither a directory nor a "gitdir:" file`, ExitCode.usage, 'NO_GIT_CONFIG');
  }
  return resolve(dir, match[1]);
}
