import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isProjectSlug } from '../src/index.ts';
import { parsedProjectSlug } from './support/arbitraries.ts';

describe('isProjectSlug', () => {
  it.each([
    { given: 'gh/CircleCI-Public/circleci-cli', want: true },
    { given: 'bb/team/repo', want: true },
    { given: 'circleci/43G3lM5RtfFE7v5sa4nWAU/5034460f-c7c4-4c43-9457-de07e2029e7b', want: true },
    { given: 'circleci/43G3lM5RtfFE7v5sa4nWAU/5034460F-C7C4-4C43-9457-DE07E2029E7B', want: false },
    { given: 'github/CircleCI-Public/circleci-cli', want: false },
    { given: 'GH/org/repo', want: false },
    { given: ' gh/org/repo', want: false },
    { given: 'gh/org/repo/', want: false },
    { given: 'gh/org/repo.git', want: false },
    { given: 'gh/org', want: false },
    { given: 42, want: false },
    { given: null, want: false },
  ])('$given → $want', ({ given, want }) => {
    expect(isProjectSlug(given)).toBe(want);
  });

  it('holds for every canonical slug', () => {
    fc.assert(
      fc.property(parsedProjectSlug, (x) => isProjectSlug(x.slug)),
      { seed: 331, numRuns: 2_000 },
    );
  });
});
