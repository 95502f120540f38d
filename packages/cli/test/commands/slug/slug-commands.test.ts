import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/index.ts';
import { captureIo } from '../../support/capture-io.ts';

async function run(args: string[], cwd = tmpdir()) {
  const io = captureIo({ cwd });
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

const CLI = { vcs: 'gh', org: 'CircleCI-Public', project: 'circleci-cli', slug: 'gh/CircleCI-Public/circleci-cli' };

/** A temporary directory holding a repository whose .git/config has `config`; returns a subdirectory of it. */
function repoWithConfig(config: string): string {
  const root = mkdtempSync(join(tmpdir(), 'slug-detect-'));
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.git', 'config'), config);
  const nested = join(root, 'src', 'deep');
  mkdirSync(nested, { recursive: true });
  return nested;
}

describe('circleci-kit slug parse', () => {
  it.each([
    { given: ['github/CircleCI-Public/circleci-cli.git'], want: CLI },
    { given: [' GH/CircleCI-Public/circleci-cli/ '], want: CLI },
    { given: ['bitbucket/team/repo'], want: { vcs: 'bb', org: 'team', project: 'repo', slug: 'bb/team/repo' } },
  ])('prints JSON for $given', async ({ given, want }) => {
    const { code, out } = await run(['slug', 'parse', ...given, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(want);
  });

  it('prints aligned lines without --json', async () => {
    const { code, out } = await run(['slug', 'parse', 'github/CircleCI-Public/circleci-cli']);
    expect(code).toBe(0);
    expect(out).toBe(
      'vcs:     gh\norg:     CircleCI-Public\nproject: circleci-cli\nslug:    gh/CircleCI-Public/circleci-cli\n',
    );
  });

  it.each([
    { given: 'gl/group/project', want: 'UNKNOWN_VCS' },
    { given: 'gh/org', want: 'TOO_FEW_SEGMENTS' },
    { given: '', want: 'EMPTY' },
    { given: 'circleci/my-org/my-project', want: 'INVALID_ID' },
  ])('exits 2 for $given and prints { error: { code, message } } with --json', async ({ given, want }) => {
    const { code, out, err } = await run(['slug', 'parse', given, '--json']);
    expect(code).toBe(2);
    expect(err).toBe('');
    const body = JSON.parse(out);
    expect(Object.keys(body)).toEqual(['error']);
    expect(Object.keys(body.error)).toEqual(['code', 'message']);
    expect(body.error.code).toBe(want);
  });

  it('exits 2 with the message on stderr without --json', async () => {
    const { code, out, err } = await run(['slug', 'parse', 'gl/group/project']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^circleci-kit: GitLab projects have no "gl\/" slug: use circleci\/<orgId>\/<projectId>/);
  });

  it('exits 2 when the argument is missing', async () => {
    expect((await run(['slug', 'parse'])).code).toBe(2);
  });

  it('shows an example in --help', async () => {
    const { code, out } = await run(['slug', 'parse', '--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/\$ circleci-kit slug parse github\/CircleCI-Public\/circleci-cli/);
  });
});

describe('circleci-kit slug from-url', () => {
  it.each([
    { given: 'git@github.com:CircleCI-Public/circleci-cli.git', want: CLI },
    { given: 'https://app.circleci.com/pipelines/github/CircleCI-Public/circleci-cli/123', want: CLI },
    { given: 'https://circleci.com/gh/CircleCI-Public/circleci-cli/42', want: CLI },
  ])('prints JSON for $given', async ({ given, want }) => {
    const { code, out } = await run(['slug', 'from-url', given, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(want);
  });

  it('exits 2 for an unsupported URL', async () => {
    const { code, out } = await run(['slug', 'from-url', 'https://gitlab.com/group/project', '--json']);
    expect(code).toBe(2);
    expect(JSON.parse(out).error.code).toBe('UNSUPPORTED_URL');
  });

  it('shows an example in --help', async () => {
    expect((await run(['slug', 'from-url', '--help'])).out).toMatch(/\$ circleci-kit slug from-url git@github\.com:/);
  });
});

describe('circleci-kit slug detect', () => {
  const config =
    '[remote "origin"]\n\turl = git@github.com:CircleCI-Public/circleci-cli.git\n[remote "upstream"]\n\turl = https://bitbucket.org/team/repo\n';

  it('reads origin from the .git/config found upward from the working directory', async () => {
    const { code, out } = await run(['slug', 'detect', '--json'], repoWithConfig(config));
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(CLI);
  });

  it('reads another remote with --remote', async () => {
    const { code, out } = await run(['slug', 'detect', '--remote', 'upstream'], repoWithConfig(config));
    expect(code).toBe(0);
    expect(out).toMatch(/^slug: +bb\/team\/repo$/m);
  });

  it('follows a "gitdir:" file, as in worktrees', async () => {
    const repo = repoWithConfig(config);
    const worktree = mkdtempSync(join(tmpdir(), 'slug-worktree-'));
    const gitDir = join(repo, '..', '..', '.git', 'worktrees', 'wt');
    mkdirSync(gitDir, { recursive: true });
    writeFileSync(join(gitDir, 'commondir'), '../..\n');
    writeFileSync(join(worktree, '.git'), `gitdir: ${gitDir}\n`);
    const { code, out } = await run(['slug', 'detect', '--json'], worktree);
    expect(code).toBe(0);
    expect(JSON.parse(out).slug).toBe(CLI.slug);
  });

  it.each([
    { given: 'a missing remote', config, args: ['--remote', 'fork'], want: 'REMOTE_NOT_FOUND' },
    {
      given: 'a GitLab remote',
      config: '[remote "origin"]\n\turl = git@gitlab.com:g/p.git\n',
      args: [],
      want: 'UNSUPPORTED_URL',
    },
  ])('exits 2 for $given', async ({ config: text, args, want }) => {
    const { code, out } = await run(['slug', 'detect', ...args, '--json'], repoWithConfig(text));
    expect(code).toBe(2);
    expect(JSON.parse(out).error.code).toBe(want);
  });

  it('exits 2 outside a git repository', async () => {
    const { code, out } = await run(['slug', 'detect', '--json'], mkdtempSync(join(tmpdir(), 'slug-none-')));
    expect(code).toBe(2);
    expect(JSON.parse(out).error.code).toBe('NO_GIT_REPOSITORY');
  });

  it('shows an example in --help', async () => {
    expect((await run(['slug', 'detect', '--help'])).out).toMatch(/\$ circleci-kit slug detect --remote upstream/);
  });
});
