import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOrgSlug } from '../src/index.ts';
import { parsedProjectSlug, slugLikeString } from './support/arbitraries.ts';
import { errorCode } from './support/errors.ts';

const ORG_ID = '43G3lM5RtfFE7v5sa4nWAU';
const UUID = '5034460f-c7c4-4c43-9457-de07e2029e7b';

describe('parseOrgSlug accepts', () => {
  it.each([
    { given: 'gh/CircleCI-Public', want: ['gh', 'CircleCI-Public'] },
    { given: 'GitHub/CircleCI-Public', want: ['gh', 'CircleCI-Public'] },
    { given: 'bb/atlassian', want: ['bb', 'atlassian'] },
    { given: 'bitbucket/atlassian/', want: ['bb', 'atlassian'] },
    { given: ` circleci/${ORG_ID} `, want: ['circleci', ORG_ID] },
    { given: `circleci/${UUID.toUpperCase()}`, want: ['circleci', UUID] },
  ])('$given', ({ given, want: [vcs, org] }) => {
    expect(parseOrgSlug(given)).toEqual({ vcs, org, slug: `${vcs}/${org}` });
  });
});

describe('parseOrgSlug refuses', () => {
  it.each([
    { given: '', want: 'EMPTY' },
    { given: 'gh', want: 'TOO_FEW_SEGMENTS' },
    { given: 'gh/org/repo', want: 'TOO_MANY_SEGMENTS' },
    { given: 'gl/group', want: 'UNKNOWN_VCS' },
    { given: 'gh/', want: 'TOO_FEW_SEGMENTS' },
    { given: 'gh//', want: 'INVALID_ORG' },
    { given: 'gh/my org', want: 'INVALID_ORG' },
    { given: 'circleci/my-org', want: 'INVALID_ID' },
    { given: null, want: 'NOT_A_STRING' },
  ])('$given with $want', ({ given, want }) => {
    expect(errorCode(() => parseOrgSlug(given!))).toBe(want);
  });
});

describe('parseOrgSlug properties', () => {
  it('parses the org part of every valid project slug, in both spellings', () => {
    fc.assert(
      fc.property(parsedProjectSlug, fc.boolean(), ({ vcs, org }, long) => {
        const word = long ? ({ gh: 'github', bb: 'bitbucket', circleci: 'circleci' } as const)[vcs] : vcs;
        expect(parseOrgSlug(`${word}/${org}`)).toEqual({ vcs, org, slug: `${vcs}/${org}` });
      }),
      { seed: 361, numRuns: 2_000 },
    );
  });

  it('normalizes idempotently', () => {
    fc.assert(
      fc.property(slugLikeString, (input) => {
        let first;
        try {
          first = parseOrgSlug(input);
        } catch {
          return;
        }
        expect(parseOrgSlug(first.slug)).toEqual(first);
      }),
      { seed: 362, numRuns: 5_000 },
    );
  });
});
