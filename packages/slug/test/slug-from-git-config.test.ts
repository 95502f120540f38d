import { describe, expect, it } from 'vitest';
import { slugFromGitConfig } from '../src/index.ts';
import { errorCode } from './support/errors.ts';

const CONFIG = `[core]
\trepositoryformatversion = 0
\tbare = false
[remote "origin"]
\turl = git@github.com:CircleCI-Public/circleci-cli.git
\tfetch = +refs/heads/*:refs/remotes/origin/*
[remote "upstream"]
\turl = https://bitbucket.org/atlassian/python-bitbucket.git
[branch "main"]
\tremote = origin
`;

describe('slugFromGitConfig reads', () => {
  it.each([
    { given: [CONFIG, undefined], want: 'gh/CircleCI-Public/circleci-cli' },
    { given: [CONFIG, 'upstream'], want: 'bb/atlassian/python-bitbucket' },
    { given: ['[remote "origin"]\r\n\turl = https://github.com/org/repo\r\n', undefined], want: 'gh/org/repo' },
    {
      given: ['# a comment\n[REMOTE "origin"] ; note\n  URL=git@github.com:org/repo.git # trailing\n', undefined],
      want: 'gh/org/repo',
    },
    { given: ['[remote "origin"]\n\turl = "git@github.com:org/repo.git" ; quoted\n', undefined], want: 'gh/org/repo' },
    { given: ['[remote "origin"]\n\turl = git@github.com:\\\norg/repo.git\n', undefined], want: 'gh/org/repo' },
    { given: ['[remote "origin"] url = git@github.com:org/repo.git\n', undefined], want: 'gh/org/repo' },
    { given: ['[remote.origin]\n\turl = git@github.com:org/repo.git\n', undefined], want: 'gh/org/repo' },
    { given: ['[remote "my \\"fork\\""]\n\turl = git@github.com:me/repo.git\n', 'my "fork"'], want: 'gh/me/repo' },
    {
      given: [
        '\uFEFF[remote "origin"]\n\turl = git@github.com:first/repo.git\n\turl = git@github.com:second/repo.git\n',
        undefined,
      ],
      want: 'gh/first/repo',
    },
    {
      given: ['[url "git@github.com:"]\n\tinsteadOf = gh:\n[remote "origin"]\n\turl = gh:org/repo\n', undefined],
      want: 'gh/org/repo',
    },
    {
      given: [
        '[url "https://github.com/"]\n\tinsteadOf = g:\n[url "git@github.com:long/"]\n\tinsteadOf = g:o/\n[remote "origin"]\n\turl = g:o/repo\n',
        undefined,
      ],
      want: 'gh/long/repo',
    },
  ] as const)('$given', ({ given: [text, remote], want }) => {
    expect(slugFromGitConfig(text, remote).slug).toBe(want);
  });
});

describe('slugFromGitConfig refuses', () => {
  it.each([
    { given: [CONFIG, 'fork'], want: 'REMOTE_NOT_FOUND' },
    { given: [CONFIG, 'Origin'], want: 'REMOTE_NOT_FOUND' },
    { given: ['', 'origin'], want: 'REMOTE_NOT_FOUND' },
    {
      given: ['[remote "origin"]\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n', 'origin'],
      want: 'REMOTE_NOT_FOUND',
    },
    { given: ['[remote "origin"]\n\t# url = git@github.com:org/repo.git\n', 'origin'], want: 'REMOTE_NOT_FOUND' },
    { given: ['url = git@github.com:org/repo.git\n', 'origin'], want: 'REMOTE_NOT_FOUND' },
    { given: ['[remote "origin"]\n\turl =\n', 'origin'], want: 'EMPTY' },
    { given: ['[remote "origin"]\n\turl = git@gitlab.com:group/project.git\n', 'origin'], want: 'UNSUPPORTED_URL' },
    { given: [42, 'origin'], want: 'NOT_A_STRING' },
    { given: [CONFIG, 42], want: 'NOT_A_STRING' },
  ])('$given with $want', ({ given: [text, remote], want }) => {
    expect(errorCode(() => slugFromGitConfig(text as string, remote as string))).toBe(want);
  });

  it('names the remotes it found', () => {
    expect(() => slugFromGitConfig(CONFIG, 'fork')).toThrow('its remotes: origin, upstream');
  });
});
