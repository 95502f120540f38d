import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProjectSlug, SlugError } from '../src/index.ts';
import { messyProjectSlug, parsedProjectSlug, slugLikeString } from './support/arbitraries.ts';
import { errorCode, thrown } from './support/errors.ts';

const ORG_ID = '43G3lM5RtfFE7v5sa4nWAU';
const PROJECT_ID = '44n9wujWcTnVZ2b5S8Fnat';
const UUID = '5034460f-c7c4-4c43-9457-de07e2029e7b';

describe('parseProjectSlug accepts', () => {
  it.each([
    { given: 'gh/CircleCI-Public/circleci-cli', want: ['gh', 'CircleCI-Public', 'circleci-cli'] },
    { given: 'github/CircleCI-Public/circleci-cli', want: ['gh', 'CircleCI-Public', 'circleci-cli'] },
    { given: 'GitHub/CircleCI-Public/circleci-cli', want: ['gh', 'CircleCI-Public', 'circleci-cli'] },
    { given: 'GH/org/repo', want: ['gh', 'org', 'repo'] },
    { given: 'bb/atlassian/python-bitbucket', want: ['bb', 'atlassian', 'python-bitbucket'] },
    { given: 'bitbucket/atlassian/python-bitbucket', want: ['bb', 'atlassian', 'python-bitbucket'] },
    { given: 'BitBucket/Team/Repo', want: ['bb', 'Team', 'Repo'] },
    { given: `circleci/${ORG_ID}/${PROJECT_ID}`, want: ['circleci', ORG_ID, PROJECT_ID] },
    { given: `CircleCI/${ORG_ID}/${PROJECT_ID}`, want: ['circleci', ORG_ID, PROJECT_ID] },
    { given: `circleci/${UUID}/${UUID}`, want: ['circleci', UUID, UUID] },
    { given: `circleci/${UUID.toUpperCase()}/${PROJECT_ID}`, want: ['circleci', UUID, PROJECT_ID] },
    {
      given: 'circleci/abcdefghijklmnopqrst/0123456789ABCDEFGHIJKL',
      want: ['circleci', 'abcdefghijklmnopqrst', '0123456789ABCDEFGHIJKL'],
    },
    { given: '  gh/org/repo \n', want: ['gh', 'org', 'repo'] },
    { given: 'gh/org/repo/', want: ['gh', 'org', 'repo'] },
    { given: 'gh/org/repo.git', want: ['gh', 'org', 'repo'] },
    { given: ' gh/org/repo.git/ ', want: ['gh', 'org', 'repo'] },
    { given: 'gh/org/repo.GIT', want: ['gh', 'org', 'repo.GIT'] },
    { given: 'gh/my.org_1/my-repo.js', want: ['gh', 'my.org_1', 'my-repo.js'] },
    { given: 'gh/org/...', want: ['gh', 'org', '...'] },
    { given: 'gh/org.git/repo', want: ['gh', 'org.git', 'repo'] },
  ])('$given', ({ given, want }) => {
    const [vcs, org, project] = want;
    expect(parseProjectSlug(given)).toEqual({ vcs, org, project, slug: `${vcs}/${org}/${project}` });
  });
});

describe('parseProjectSlug refuses', () => {
  it.each([
    { given: '', want: 'EMPTY' },
    { given: ' \t\n', want: 'EMPTY' },
    { given: 'gh', want: 'TOO_FEW_SEGMENTS' },
    { given: '/', want: 'TOO_FEW_SEGMENTS' },
    { given: 'gh/org', want: 'TOO_FEW_SEGMENTS' },
    { given: 'gh/org/', want: 'TOO_FEW_SEGMENTS' },
    { given: 'gh/org/repo/extra', want: 'TOO_MANY_SEGMENTS' },
    { given: 'gh/org/repo//', want: 'TOO_MANY_SEGMENTS' },
    { given: `circleci/${ORG_ID}/${PROJECT_ID}/pipeline`, want: 'TOO_MANY_SEGMENTS' },
    { given: 'gl/group/project', want: 'UNKNOWN_VCS' },
    { given: 'gitlab/group/sub/project', want: 'UNKNOWN_VCS' },
    { given: 'CircleCI-Public/circleci-cli', want: 'UNKNOWN_VCS' },
    { given: '/gh/org/repo', want: 'UNKNOWN_VCS' },
    { given: 'g h/org/repo', want: 'UNKNOWN_VCS' },
    { given: 'gh//repo', want: 'INVALID_ORG' },
    { given: 'gh/my org/repo', want: 'INVALID_ORG' },
    { given: 'gh/org%2F/repo', want: 'INVALID_ORG' },
    { given: 'gh/../repo', want: 'INVALID_ORG' },
    { given: 'gh/örg/repo', want: 'INVALID_ORG' },
    { given: 'gh/org//', want: 'INVALID_PROJECT' },
    { given: 'gh/org/.git', want: 'INVALID_PROJECT' },
    { given: 'gh/org/repo.git.git', want: 'INVALID_PROJECT' },
    { given: 'gh/org/.', want: 'INVALID_PROJECT' },
    { given: 'gh/org/re po', want: 'INVALID_PROJECT' },
    { given: 'gh/org/repo?x=1', want: 'INVALID_PROJECT' },
    { given: `circleci//${PROJECT_ID}`, want: 'INVALID_ORG' },
    { given: `circleci/${ORG_ID}/`, want: 'TOO_FEW_SEGMENTS' },
    { given: `circleci/${ORG_ID}//`, want: 'INVALID_PROJECT' },
    { given: `circleci/my-org/${PROJECT_ID}`, want: 'INVALID_ID' },
    { given: `circleci/${ORG_ID}/my-project`, want: 'INVALID_ID' },
    { given: `circleci/${ORG_ID.slice(0, 19)}/${PROJECT_ID}`, want: 'INVALID_ID' },
    { given: `circleci/${ORG_ID}0/${PROJECT_ID}`, want: 'INVALID_ID' },
    { given: `circleci/${UUID.slice(1)}/${PROJECT_ID}`, want: 'INVALID_ID' },
    { given: `circleci/${UUID.replaceAll('-', '')}/${PROJECT_ID}`, want: 'INVALID_ID' },
  ])('$given', ({ given, want }) => {
    expect(errorCode(() => parseProjectSlug(given))).toBe(want);
  });

  it.each([{ given: 42 }, { given: null }, { given: undefined }, { given: { vcs: 'gh' } }, { given: Symbol('s') }])(
    'a non-string ($given) with NOT_A_STRING',
    ({ given }) => {
      expect(errorCode(() => parseProjectSlug(given as unknown as string))).toBe('NOT_A_STRING');
    },
  );
});

describe('SlugError from parseProjectSlug', () => {
  it('points gl/ to the circleci/<orgId>/<projectId> form', () => {
    const error = thrown(() => parseProjectSlug('gl/group/project'));
    expect(error).toBeInstanceOf(SlugError);
    expect((error as SlugError).message).toMatch(/circleci\/<orgId>\/<projectId>/);
    expect((error as SlugError).input).toBe('"gl/group/project"');
  });

  it('names the offending input and the expected form', () => {
    const error = thrown(() => parseProjectSlug('gh/org')) as SlugError;
    expect(error.name).toBe('SlugError');
    expect(error.message).toBe(
      'only two segments: expected <vcs>/<org>/<repo> such as gh/CircleCI-Public/circleci-cli, or circleci/<orgId>/<projectId> (got "gh/org")',
    );
  });

  it('points a percent-encoded slug to fromPath', () => {
    expect(() => parseProjectSlug('gh%2Forg%2Frepo')).toThrow('read it with fromPath');
  });

  it('shortens a long input', () => {
    const error = thrown(() => parseProjectSlug(`gh/${'a'.repeat(500)}`)) as SlugError;
    expect(error.input.length).toBeLessThan(130);
  });
});

describe('parseProjectSlug properties', () => {
  it('parses a canonical slug to itself', () => {
    fc.assert(
      fc.property(parsedProjectSlug, (x) => {
        expect(parseProjectSlug(x.slug)).toEqual(x);
      }),
      { seed: 301, numRuns: 2_000 },
    );
  });

  it('normalizes idempotently: parsing the canonical slug of any accepted form gives the same result', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          messyProjectSlug.map(({ text }) => text),
          slugLikeString,
        ),
        (input) => {
          let first;
          try {
            first = parseProjectSlug(input);
          } catch (error) {
            expect(error).toBeInstanceOf(SlugError);
            return;
          }
          expect(parseProjectSlug(first.slug)).toEqual(first);
        },
      ),
      { seed: 302, numRuns: 5_000 },
    );
  });

  it('reads every accepted spelling of a valid slug as that slug', () => {
    fc.assert(
      fc.property(messyProjectSlug, ({ text, want }) => {
        expect(parseProjectSlug(text)).toEqual(want);
      }),
      { seed: 303, numRuns: 2_000 },
    );
  });
});
