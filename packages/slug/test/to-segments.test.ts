import { describe, expect, it } from 'vitest';
import { toSegments } from '../src/index.ts';
import { errorCode } from './support/errors.ts';

const ORG_ID = '43G3lM5RtfFE7v5sa4nWAU';
const UUID = '5034460f-c7c4-4c43-9457-de07e2029e7b';

describe('toSegments', () => {
  it.each([
    {
      given: 'gh/CircleCI-Public/circleci-cli',
      want: { provider: 'gh', organization: 'CircleCI-Public', project: 'circleci-cli' },
    },
    { given: 'bitbucket/team/repo', want: { provider: 'bb', organization: 'team', project: 'repo' } },
    {
      given: `circleci/${ORG_ID}/${UUID.toUpperCase()}`,
      want: { provider: 'circleci', organization: ORG_ID, project: UUID },
    },
    {
      given: { vcs: 'GH', org: 'org', project: 'repo' },
      want: { provider: 'gh', organization: 'org', project: 'repo' },
    },
  ])('$given', ({ given, want }) => {
    expect(toSegments(given)).toEqual(want);
  });

  it('refuses an invalid slug', () => {
    expect(errorCode(() => toSegments('gl/group/project'))).toBe('UNKNOWN_VCS');
  });
});
