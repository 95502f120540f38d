import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/realistic/place.ts';

describe('normalizeName', () => {
  it.each([
    { given: 'project-slug', want: 'project_slug' },
    { given: 'pipeline.git.branch', want: 'branch' },
    { given: 'Created-At', want: 'created_at' },
  ])('normalizeName($given) → $want', ({ given, want }) => expect(normalizeName(given)).toBe(want));
});
