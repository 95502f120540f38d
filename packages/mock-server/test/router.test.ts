import { compileRouter, startMockServer, type MockServer } from '@circleci-kit/mock-server';
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentSpec } from './support/spec.js';

let spec: LoadedSpec;
let mock: MockServer;
beforeAll(async () => {
  spec = await currentSpec();
  mock = await startMockServer({ spec, seed: 5 });
});
afterAll(() => mock.close());

describe('compileRouter', () => {
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
    const match = compileRouter(spec.operations.values()).match(given[0], given[1]);
    if (typeof want === 'string' && (want === 'not-found' || want === 'method-not-allowed')) {
      expect(match.kind).toBe(want);
      return;
    }
    expect(match.kind).toBe('found');
    if (match.kind !== 'found') return;
    const [operationId, params] = typeof want === 'string' ? [want, {}] : want;
    expect(match.operation.operationId).toBe(operationId);
    expect(match.params).toMatchObject(params);
  });
});

describe('slug forms over HTTP', () => {
  const forms = [
    'gh/acme/api',
    'github/acme/api',
    'bb/acme/api',
    'bitbucket/acme/api',
    'circleci/6okXb2kYXZGKvFsMzAGhA4/UvPyUgAhR4bGzKBAdCemjW',
    'circleci/5034460f-c7c4-4c43-9457-de07e2029e7b/0f9c3e2c-5d1a-4b7e-9c8e-2f1d3a4b5c6d',
  ];
  it.each(
    forms.flatMap((slug) => [
      { slug, path: slug },
      { slug, path: slug.replace(/\//g, '%2F') },
    ]),
  )('triggers and reads back a pipeline at /project/$path', async ({ slug, path }) => {
    const headers = { 'Circle-Token': 't', 'content-type': 'application/json' };
    const created = await fetch(`${mock.url}/project/${path}/pipeline`, { method: 'POST', headers, body: '{}' });
    expect(created.status).toBe(201);
    const { number } = (await created.json()) as { number: number };
    const read = await fetch(`${mock.url}/project/${path}/pipeline/${number}`, { headers });
    expect(read.status).toBe(200);
    const canonical = slug.replace(/^github\//, 'gh/').replace(/^bitbucket\//, 'bb/');
    expect(((await read.json()) as { project_slug: string }).project_slug).toBe(canonical);
  });

  it('answers 405 with Allow for a known path and another method', async () => {
    const response = await fetch(`${mock.url}/me`, { method: 'DELETE', headers: { 'Circle-Token': 't' } });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
    expect(await response.json()).toHaveProperty('message');
  });

  it('answers 404 with a message for an unknown path', async () => {
    const response = await fetch(`${mock.url}/no/such/route`, { headers: { 'Circle-Token': 't' } });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ message: expect.any(String) });
  });
});
