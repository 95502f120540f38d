import { describe, expect, it } from 'vitest';
import { normalizePath, routeKey } from '../../src/index.ts';

describe('routeKey', () => {
  it.each([
    { given: ['GET', '/workflow/{id}'], want: 'get /workflow/{}' },
    { given: ['get', '/workflow/{workflow-id}'], want: 'get /workflow/{}' },
    { given: ['POST', '/project/{project-slug}/job/{job-number}/cancel'], want: 'post /project/{}/job/{}/cancel' },
  ])('$given → $want', ({ given, want }) => {
    expect(routeKey(given[0]!, given[1]!)).toBe(want);
  });
});

describe('normalizePath', () => {
  it.each([
    { given: '/workflow/:id/jobs', want: '/workflow/{}/jobs' },
    { given: '/project/:project-slug/job/:jobnum', want: '/project/{}/job/{}' },
    {
      given: 'project/:vcs-type/:username/:project/:build_num/ssh-users?circle-token=:token',
      want: '/project/{}/{}/{}/{}/ssh-users',
    },
    { given: '/pipeline/{pipeline-id}/', want: '/pipeline/{}' },
  ])('$given → $want', ({ given, want }) => {
    expect(normalizePath(given)).toBe(want);
  });
});
