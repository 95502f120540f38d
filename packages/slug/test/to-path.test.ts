import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromPath, toPath } from '../src/index.ts';
import { parsedProjectSlug } from './support/arbitraries.ts';
import { errorCode } from './support/errors.ts';

const ORG_ID = '43G3lM5RtfFE7v5sa4nWAU';
const PROJECT_ID = '44n9wujWcTnVZ2b5S8Fnat';

describe('toPath', () => {
  it.each([
    { given: 'gh/CircleCI-Public/circleci-cli', want: 'gh/CircleCI-Public/circleci-cli' },
    { given: 'github/CircleCI-Public/circleci-cli.git', want: 'gh/CircleCI-Public/circleci-cli' },
    { given: 'bb/my_team/my.repo', want: 'bb/my_team/my.repo' },
    { given: `circleci/${ORG_ID}/${PROJECT_ID}`, want: `circleci/${ORG_ID}/${PROJECT_ID}` },
    { given: { vcs: 'bitbucket', org: 'team', project: 'repo' }, want: 'bb/team/repo' },
  ])('$given → $want', ({ given, want }) => {
    expect(toPath(given)).toBe(want);
  });

  it.each([
    { given: 'gh/org/re po', want: 'INVALID_PROJECT' },
    { given: 'gh/..', want: 'TOO_FEW_SEGMENTS' },
    { given: { vcs: 'gh', org: '..', project: 'repo' }, want: 'INVALID_ORG' },
  ])('refuses $given with $want', ({ given, want }) => {
    expect(errorCode(() => toPath(given))).toBe(want);
  });
});

describe('fromPath', () => {
  it.each([
    { given: 'gh/CircleCI-Public/circleci-cli', want: 'gh/CircleCI-Public/circleci-cli' },
    { given: 'gh%2FCircleCI-Public%2Fcircleci-cli', want: 'gh/CircleCI-Public/circleci-cli' },
    { given: 'gh%2forg%2frepo', want: 'gh/org/repo' },
    { given: 'gh/org%2Frepo', want: 'gh/org/repo' },
    { given: 'github%2Forg%2Frepo.git', want: 'gh/org/repo' },
    { given: '%67h/%6Frg/repo', want: 'gh/org/repo' },
    { given: `circleci%2F${ORG_ID}%2F${PROJECT_ID}`, want: `circleci/${ORG_ID}/${PROJECT_ID}` },
  ])('$given → $want', ({ given, want }) => {
    expect(fromPath(given).slug).toBe(want);
  });

  it.each([
    { given: '', want: 'EMPTY' },
    { given: 'gh%2Forg', want: 'TOO_FEW_SEGMENTS' },
    { given: 'gh%2Forg%2Frepo%2Fpipeline', want: 'TOO_MANY_SEGMENTS' },
    { given: 'gh%252Forg%252Frepo', want: 'TOO_FEW_SEGMENTS' },
    { given: 'gh/org%252Frepo/x', want: 'INVALID_ORG' },
    { given: 'g%zz/org/repo', want: 'UNKNOWN_VCS' },
    { given: 'gh/%E0%A4%A/repo', want: 'INVALID_ORG' },
    { given: 'gh/org/%', want: 'INVALID_PROJECT' },
    { given: 'gh/org/re%20po', want: 'INVALID_PROJECT' },
    { given: 42, want: 'NOT_A_STRING' },
  ])('refuses $given with $want', ({ given, want }) => {
    expect(errorCode(() => fromPath(given as string))).toBe(want);
  });

  it('reports the path as given, not as decoded', () => {
    expect(() => fromPath('gh%2Forg%2Fre%20po')).toThrow('(got "gh%2Forg%2Fre%20po")');
  });
});

describe('toPath and fromPath properties', () => {
  it('round-trip: fromPath(toPath(x)) equals x, names from the full allowed alphabet', () => {
    fc.assert(
      fc.property(parsedProjectSlug, (x) => {
        expect(fromPath(toPath(x))).toEqual(x);
      }),
      { seed: 321, numRuns: 10_000 },
    );
  });

  it('fromPath reads the %2F-encoded form too', () => {
    fc.assert(
      fc.property(parsedProjectSlug, fc.constantFrom('%2F', '%2f'), (x, slash) => {
        expect(fromPath(toPath(x).replaceAll('/', slash))).toEqual(x);
      }),
      { seed: 322, numRuns: 2_000 },
    );
  });
});
