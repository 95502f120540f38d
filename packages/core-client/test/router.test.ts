import { describe, expect, it } from 'vitest';
import { createRouter, operations } from '../src/index.ts';

const router = createRouter(Object.values(operations));

describe('createRouter', () => {
  const table: Array<{ given: [string, string]; want: string | [string, Record<string, string>] }> = [
    { given: ['GET', '/me'], want: 'getCurrentUser' },
    {
      given: ['GET', '/project/gh/org/repo/pipeline/mine'],
      want: ['listMyPipelines', { 'project-slug': 'gh/org/repo' }],
    },
    { given: ['GET', '/project/gh/org/repo/123/artifacts'], want: ['getJobArtifacts', { 'job-number': '123' }] },
    { given: ['GET', '/project/gh/org/repo/pipeline/7'], want: ['getPipelineByNumber', { 'pipeline-number': '7' }] },
    {
      given: ['GET', '/project/gh%2Forg%2Frepo/pipeline'],
      want: ['listPipelinesForProject', { 'project-slug': 'gh/org/repo' }],
    },
    { given: ['GET', '/project/bb/org/repo'], want: ['getProjectBySlug', { 'project-slug': 'bb/org/repo' }] },
    { given: ['GET', '/project/github/org/repo'], want: ['getProjectBySlug', { 'project-slug': 'github/org/repo' }] },
    {
      given: ['GET', '/project/bitbucket/org/repo/envvar/X'],
      want: ['getEnvVar', { 'project-slug': 'bitbucket/org/repo', name: 'X' }],
    },
    {
      given: ['POST', '/project/circleci/6okXb2kYXZGKvFsMzAGhA4/UvPyUgAhR4bGzKBAdCemjW/pipeline'],
      want: ['triggerPipeline', { 'project-slug': 'circleci/6okXb2kYXZGKvFsMzAGhA4/UvPyUgAhR4bGzKBAdCemjW' }],
    },
    {
      given: ['POST', '/project/gh/org/repo'],
      want: ['createProject1', { provider: 'gh', organization: 'org', project: 'repo' }],
    },
    {
      given: ['GET', '/project/gh/org/repo/settings'],
      want: ['getProjectSettings', { provider: 'gh', project: 'repo' }],
    },
    { given: ['POST', '/project/gh/org/repo/pipeline/run'], want: 'triggerPipelineRun' },
    { given: ['GET', '/insights/gh/org/summary'], want: ['getOrgSummaryData', { 'org-slug': 'gh/org' }] },
    {
      given: ['GET', '/insights/gh/org/repo/branches'],
      want: ['getAllInsightsBranches', { 'project-slug': 'gh/org/repo' }],
    },
    { given: ['DELETE', '/organization/5034460f-c7c4-4c43-9457-de07e2029e7b'], want: 'deleteOrganization' },
    // A literal segment is tried first, then a parameter: GET /pipeline/continue is getPipelineById (and 400s on the uuid).
    { given: ['GET', '/pipeline/continue'], want: ['getPipelineById', { 'pipeline-id': 'continue' }] },
    { given: ['POST', '/pipeline/continue'], want: 'continuePipeline' },
    { given: ['PUT', '/me'], want: 'method-not-allowed' },
    { given: ['GET', '/nothing/here'], want: 'not-found' },
    { given: ['GET', '/project/gh/org'], want: 'not-found' },
  ];
  it.each(table)('$given.0 $given.1 → $want', ({ given, want }) => {
    const match = router.match(given[0], given[1]);
    if (typeof want === 'string' && (want === 'not-found' || want === 'method-not-allowed')) {
      expect(match.kind).toBe(want);
      return;
    }
    expect(match.kind).toBe('found');
    if (match.kind !== 'found') return;
    const [operationId, params] = typeof want === 'string' ? [want, {}] : want;
    expect(match.operation.id).toBe(operationId);
    expect(match.path).toMatchObject(params);
  });
});
