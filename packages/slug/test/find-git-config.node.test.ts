import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGitConfig } from '../src/find-git-config.ts';
import { SlugError, slugFromGitConfig } from '../src/index.ts';
import { errorCode, thrown } from './support/errors.ts';

const CONFIG = '[remote "origin"]\n\turl = git@github.com:CircleCI-Public/circleci-cli.git\n';

/** A fresh folder (its real path: macOS's tmpdir is a symlink). */
function folder(prefix: string): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

/** A repository whose `.git/config` is `config`; returns its root. */
function repository(config = CONFIG): string {
  const root = folder('find-git-config-');
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.git', 'config'), config);
  return root;
}

describe('findGitConfig finds', () => {
  it('the .git/config of the folder itself', () => {
    const root = repository();
    expect(findGitConfig(root)).toBe(join(root, '.git', 'config'));
  });

  it('the .git/config of a folder above, whose text slugFromGitConfig reads', () => {
    const root = repository();
    const nested = join(root, 'src', 'deep');
    mkdirSync(nested, { recursive: true });
    const path = findGitConfig(nested);
    expect(path).toBe(join(root, '.git', 'config'));
    expect(slugFromGitConfig(readFileSync(path, 'utf8')).slug).toBe('gh/CircleCI-Public/circleci-cli');
  });

  it('the config of the common git dir of a worktree ("gitdir:" file, then commondir)', () => {
    const root = repository();
    const gitDir = join(root, '.git', 'worktrees', 'wt');
    mkdirSync(gitDir, { recursive: true });
    writeFileSync(join(gitDir, 'commondir'), '../..\n');
    const worktree = folder('find-git-config-worktree-');
    writeFileSync(join(worktree, '.git'), `gitdir: ${gitDir}\n`);
    expect(findGitConfig(worktree)).toBe(join(root, '.git', 'config'));
  });

  it('the config of a submodule\'s own git dir (a relative "gitdir:" without commondir)', () => {
    const root = repository();
    const module = join(root, '.git', 'modules', 'lib');
    mkdirSync(module, { recursive: true });
    writeFileSync(join(module, 'config'), CONFIG);
    const checkout = join(root, 'lib');
    mkdirSync(checkout);
    writeFileSync(join(checkout, '.git'), 'gitdir: ../.git/modules/lib\n');
    expect(findGitConfig(checkout)).toBe(join(module, 'config'));
  });
});

describe('findGitConfig refuses, with a SlugError', () => {
  it('a folder with no repository in it or above it: NO_GIT_REPOSITORY, naming the folder', () => {
    const none = folder('find-git-config-none-');
    const error = thrown(() => findGitConfig(none));
    expect(error).toBeInstanceOf(SlugError);
    expect(error).toMatchObject({ code: 'NO_GIT_REPOSITORY', input: JSON.stringify(none) });
    expect((error as SlugError).message).toMatch(/^no git repository in this folder or above it/);
  });

  it.each([
    {
      given: 'a .git folder without a config',
      make: (root: string) => mkdirSync(join(root, '.git')),
    },
    {
      given: 'a .git file that is not "gitdir: <path>"',
      make: (root: string) => writeFileSync(join(root, '.git'), 'not a pointer\n'),
    },
    {
      given: 'a "gitdir:" file pointing at a folder without a config',
      make: (root: string) => writeFileSync(join(root, '.git'), `gitdir: ${join(root, 'elsewhere')}\n`),
    },
  ])('$given: NO_GIT_CONFIG', ({ make }) => {
    const root = folder('find-git-config-broken-');
    make(root);
    expect(errorCode(() => findGitConfig(root))).toBe('NO_GIT_CONFIG');
  });

  it('a folder that is not a string: NOT_A_STRING', () => {
    expect(errorCode(() => findGitConfig(42 as unknown as string))).toBe('NOT_A_STRING');
  });
});
