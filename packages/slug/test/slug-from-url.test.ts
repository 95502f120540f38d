import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugFromUrl, type SlugError } from '../src/index.ts';
import { parsedProjectSlug } from './support/arbitraries.ts';
import { errorCode, thrown } from './support/errors.ts';

const ORG_ID = '43G3lM5RtfFE7v5sa4nWAU';
const PROJECT_ID = '44n9wujWcTnVZ2b5S8Fnat';
const UUID = '5034460f-c7c4-4c43-9457-de07e2029e7b';
const CLI = 'gh/CircleCI-Public/circleci-cli';

describe('slugFromUrl accepts', () => {
  it.each([
    { given: 'https://github.com/CircleCI-Public/circleci-cli', want: CLI },
    { given: 'https://github.com/CircleCI-Public/circleci-cli.git', want: CLI },
    { given: 'https://www.github.com/CircleCI-Public/circleci-cli/', want: CLI },
    { given: 'http://github.com/CircleCI-Public/circleci-cli', want: CLI },
    { given: 'https://GitHub.com/CircleCI-Public/circleci-cli/tree/main/cmd', want: CLI },
    { given: 'https://github.com/CircleCI-Public/circleci-cli/pull/1?diff=split#top', want: CLI },
    { given: 'https://x-access-token:ghs_secret@github.com/CircleCI-Public/circleci-cli.git', want: CLI },
    { given: '  git@github.com:CircleCI-Public/circleci-cli.git\n', want: CLI },
    { given: 'git@github.com:CircleCI-Public/circleci-cli', want: CLI },
    { given: 'github.com:CircleCI-Public/circleci-cli.git', want: CLI },
    { given: 'ssh://git@github.com/CircleCI-Public/circleci-cli.git', want: CLI },
    { given: 'ssh://git@ssh.github.com:443/CircleCI-Public/circleci-cli.git', want: CLI },
    { given: 'git+ssh://git@github.com/CircleCI-Public/circleci-cli.git', want: CLI },
    { given: 'git://github.com/CircleCI-Public/circleci-cli.git', want: CLI },
    { given: 'https://bitbucket.org/atlassian/python-bitbucket', want: 'bb/atlassian/python-bitbucket' },
    { given: 'https://www.bitbucket.org/atlassian/python-bitbucket.git', want: 'bb/atlassian/python-bitbucket' },
    { given: 'https://user@bitbucket.org/atlassian/python-bitbucket.git', want: 'bb/atlassian/python-bitbucket' },
    { given: 'git@bitbucket.org:atlassian/python-bitbucket.git', want: 'bb/atlassian/python-bitbucket' },
    { given: 'ssh://git@bitbucket.org/atlassian/python-bitbucket.git', want: 'bb/atlassian/python-bitbucket' },
    {
      given: `https://app.circleci.com/pipelines/github/CircleCI-Public/circleci-cli/123/workflows/${UUID}`,
      want: CLI,
    },
    { given: 'https://app.circleci.com/pipelines/gh/CircleCI-Public/circleci-cli', want: CLI },
    { given: 'https://app.circleci.com/pipelines/bitbucket/team/repo?branch=main', want: 'bb/team/repo' },
    {
      given: `https://app.circleci.com/pipelines/circleci/${ORG_ID}/${PROJECT_ID}`,
      want: `circleci/${ORG_ID}/${PROJECT_ID}`,
    },
    {
      given: `https://app.circleci.com/pipelines/circleci/${ORG_ID}/${PROJECT_ID}/42/workflows/${UUID}/jobs/7`,
      want: `circleci/${ORG_ID}/${PROJECT_ID}`,
    },
    { given: 'https://app.circleci.com/projects/github/CircleCI-Public/circleci-cli', want: CLI },
    {
      given: `https://app.circleci.com/projects/circleci/${ORG_ID}/${PROJECT_ID}/`,
      want: `circleci/${ORG_ID}/${PROJECT_ID}`,
    },
    { given: 'https://app.circleci.com/insights/github/CircleCI-Public/circleci-cli/workflows/build', want: CLI },
    {
      given: 'https://app.circleci.com/settings/project/github/CircleCI-Public/circleci-cli/environment-variables',
      want: CLI,
    },
    { given: 'https://circleci.com/gh/CircleCI-Public/circleci-cli/42', want: CLI },
    { given: 'https://circleci.com/gh/CircleCI-Public/circleci-cli', want: CLI },
    { given: 'https://circleci.com/bb/team/repo/7', want: 'bb/team/repo' },
    { given: 'https://circleci.com/api/v2/project/gh/CircleCI-Public/circleci-cli/pipeline', want: CLI },
    { given: 'https://circleci.com/api/v2/project/gh%2FCircleCI-Public%2Fcircleci-cli/pipeline', want: CLI },
  ])('$given', ({ given, want }) => {
    expect(slugFromUrl(given).slug).toBe(want);
  });
});

describe('slugFromUrl refuses', () => {
  it.each([
    { given: '', want: 'EMPTY' },
    { given: 42, want: 'NOT_A_STRING' },
    { given: 'gh/org/repo', want: 'UNSUPPORTED_URL' },
    { given: 'not a url', want: 'UNSUPPORTED_URL' },
    { given: 'https://gitlab.com/group/project', want: 'UNSUPPORTED_URL' },
    { given: 'git@gitlab.com:group/project.git', want: 'UNSUPPORTED_URL' },
    { given: 'https://example.com/org/repo', want: 'UNSUPPORTED_URL' },
    { given: 'ftp://github.com/org/repo', want: 'UNSUPPORTED_URL' },
    { given: 'https://github.com/CircleCI-Public', want: 'UNSUPPORTED_URL' },
    { given: 'git@github.com:org/repo/extra.git', want: 'UNSUPPORTED_URL' },
    { given: 'https://app.circleci.com/pipelines/github/CircleCI-Public', want: 'UNSUPPORTED_URL' },
    { given: 'https://app.circleci.com/settings/organization/github/CircleCI-Public', want: 'UNSUPPORTED_URL' },
    { given: 'https://app.circleci.com/dashboard', want: 'UNSUPPORTED_URL' },
    { given: 'https://app.circleci.com/pipelines/gitlab/group/project', want: 'UNSUPPORTED_URL' },
    { given: 'https://circleci.com/docs/api/v2/', want: 'UNSUPPORTED_URL' },
    { given: 'ssh://git@app.circleci.com/pipelines/gh/org/repo', want: 'UNSUPPORTED_URL' },
    { given: 'https://github.com/org/re%20po', want: 'INVALID_PROJECT' },
    { given: 'https://github.com/../repo', want: 'UNSUPPORTED_URL' },
    { given: 'https://app.circleci.com/pipelines/circleci/my-org/my-project', want: 'INVALID_ID' },
    { given: 'https://circleci.com/api/v2/project/gh%2Forg%2F%zz/pipeline', want: 'INVALID_PROJECT' },
  ])('$given with $want', ({ given, want }) => {
    expect(errorCode(() => slugFromUrl(given as string))).toBe(want);
  });

  it('keeps credentials out of the error', () => {
    const error = thrown(() => slugFromUrl('https://x-access-token:ghs_secret@github.com/org/re po')) as SlugError;
    expect(error.code).toBe('INVALID_PROJECT');
    expect(error.message).not.toContain('ghs_secret');
    expect(error.input).toBe('"https://***@github.com/org/re po"');
  });
});

describe('slugFromUrl properties', () => {
  const long = { gh: 'github', bb: 'bitbucket', circleci: 'circleci' } as const;
  const host = { gh: 'github.com', bb: 'bitbucket.org' } as const;

  it('reads the slug back from every URL form of a valid slug', () => {
    fc.assert(
      fc.property(parsedProjectSlug, fc.nat(5), (x, form) => {
        const path = `${x.org}/${x.project}`;
        const urls =
          x.vcs === 'circleci'
            ? [`https://app.circleci.com/pipelines/circleci/${path}/1`]
            : [
                `https://${host[x.vcs]}/${path}.git`,
                `git@${host[x.vcs]}:${path}.git`,
                `ssh://git@${host[x.vcs]}/${path}`,
                `https://circleci.com/${x.vcs}/${path}/42`,
                `https://app.circleci.com/projects/${long[x.vcs]}/${path}`,
                `https://circleci.com/api/v2/project/${x.slug.replaceAll('/', '%2F')}/pipeline`,
              ];
        expect(slugFromUrl(urls[form % urls.length] ?? '')).toEqual(x);
      }),
      { seed: 371, numRuns: 5_000 },
    );
  });
});
