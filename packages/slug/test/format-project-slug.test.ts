import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProjectSlug, parseProjectSlug } from '../src/index.ts';
import { parsedProjectSlug } from './support/arbitraries.ts';
import { errorCode } from './support/errors.ts';

const ORG_ID = '43G3lM5RtfFE7v5sa4nWAU';
const PROJECT_ID = '44n9wujWcTnVZ2b5S8Fnat';

describe('formatProjectSlug', () => {
  it.each([
    { given: ['gh/org/repo', 'short'], want: 'gh/org/repo' },
    { given: ['gh/org/repo', 'long'], want: 'github/org/repo' },
    { given: ['bitbucket/team/repo.git', 'short'], want: 'bb/team/repo' },
    { given: ['bb/team/repo', 'long'], want: 'bitbucket/team/repo' },
    { given: [`circleci/${ORG_ID}/${PROJECT_ID}`, 'long'], want: `circleci/${ORG_ID}/${PROJECT_ID}` },
    {
      given: [{ vcs: 'GitHub', org: 'CircleCI-Public', project: 'circleci-cli' }, 'short'],
      want: 'gh/CircleCI-Public/circleci-cli',
    },
    { given: [{ vcs: 'bb', org: 'team', project: 'repo' }, 'long'], want: 'bitbucket/team/repo' },
    { given: [{ vcs: 'gh', org: 'org', project: 'repo', slug: 'ignored' }, undefined], want: 'gh/org/repo' },
  ] as const)('$given', ({ given: [slug, style], want }) => {
    expect(formatProjectSlug(slug, style === undefined ? {} : { vcs: style })).toBe(want);
  });

  it.each([
    { given: { vcs: 'gl', org: 'org', project: 'repo' }, want: 'UNKNOWN_VCS' },
    { given: { vcs: 'gh', org: 'a/b', project: 'repo' }, want: 'INVALID_ORG' },
    { given: { vcs: 'gh', org: 'org', project: '' }, want: 'INVALID_PROJECT' },
    { given: { vcs: 'gh', org: 'org', project: 'repo.git' }, want: 'INVALID_PROJECT' },
    { given: { vcs: 'circleci', org: 'org', project: PROJECT_ID }, want: 'INVALID_ID' },
    { given: { vcs: 'gh', org: 'org' }, want: 'NOT_A_STRING' },
    { given: 'gh/org', want: 'TOO_FEW_SEGMENTS' },
  ])('refuses $given with $want', ({ given, want }) => {
    expect(errorCode(() => formatProjectSlug(given as never))).toBe(want);
  });

  it('refuses parts whose getters throw, with a SlugError', () => {
    const parts = Object.defineProperty({}, 'vcs', {
      get() {
        throw new TypeError('boom');
      },
    });
    expect(errorCode(() => formatProjectSlug(parts as never))).toBe('NOT_A_STRING');
  });

  it('round-trips: parseProjectSlug(formatProjectSlug(x, style)) equals x for both styles', () => {
    fc.assert(
      fc.property(parsedProjectSlug, fc.constantFrom('short' as const, 'long' as const), (x, style) => {
        expect(parseProjectSlug(formatProjectSlug(x, { vcs: style }))).toEqual(x);
      }),
      { seed: 311, numRuns: 10_000 },
    );
  });
});
