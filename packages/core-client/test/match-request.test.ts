import { describe, expect, it } from 'vitest';
import { buildRequest, createRouter, matchRequest, operations, toOperationTable } from '../src/index.ts';

const BASE = 'https://circleci.com/api/v2';

describe('matchRequest', () => {
  it.each([
    {
      given: ['DELETE', `${BASE}/project/gh/acme/widgets/envvar/%2E%2E`],
      want: { id: 'deleteEnvVar', params: { projectSlug: 'gh/acme/widgets', name: '..' } },
    },
    {
      given: ['DELETE', `${BASE}/project/gh%2Facme%2Fwidgets/envvar/NPM_TOKEN`],
      want: { id: 'deleteEnvVar', params: { projectSlug: 'gh/acme/widgets', name: 'NPM_TOKEN' } },
    },
    {
      given: ['GET', `${BASE}/project/gh/acme/widgets/42/artifacts`],
      want: { id: 'getJobArtifacts', params: { projectSlug: 'gh/acme/widgets', jobNumber: '42' } },
    },
    {
      given: ['GET', `${BASE}/insights/pages/gh/acme/widgets/summary?branches=main&branches=dev`],
      want: {
        id: 'getProjectWorkflowsPageData',
        params: { projectSlug: 'gh/acme/widgets', branches: ['main', 'dev'] },
      },
    },
    {
      given: ['GET', `${BASE}/insights/pages/gh/acme/widgets/summary?branches=main&reporting-window=last-7-days`],
      want: {
        id: 'getProjectWorkflowsPageData',
        params: { projectSlug: 'gh/acme/widgets', branches: 'main', reportingWindow: 'last-7-days' },
      },
    },
    {
      given: ['get', `http://127.0.0.1:9/api/v2/project/gh/acme/widgets/pipeline?page-token=x%20y`],
      want: { id: 'listPipelinesForProject', params: { projectSlug: 'gh/acme/widgets', pageToken: 'x y' } },
    },
  ])('$given.0 $given.1', ({ given, want }) => {
    const match = matchRequest(given[0]!, given[1]!);
    expect(match.ok && { id: match.operation.id, params: match.params }).toEqual(want);
  });

  it.each([
    { given: ['GET', `${BASE}/no/such/route`], reason: 'not-found' },
    { given: ['PUT', `${BASE}/me`], reason: 'method-not-allowed' },
    { given: ['GET', `${BASE}/project/gh/acme/widgets/envvar/%E0%A4%A`], reason: 'bad-encoding' },
    { given: ['GET', 'https://circleci.com/api/v1.1/me'], reason: 'outside-base' },
    // An empty segment matches no parameter: `//` never reaches a route that takes a value.
    { given: ['DELETE', `${BASE}/project/gh/acme/widgets/envvar/`], reason: 'not-found' },
  ])('$given.0 $given.1 → $reason', ({ given, reason }) => {
    const match = matchRequest(given[0]!, given[1]!);
    expect(match.ok ? 'ok' : match.reason).toBe(reason);
    if (!match.ok) expect(match.message).toContain(given[0]!.toUpperCase());
  });

  it('names the allowed methods', () => {
    const match = matchRequest('DELETE', `${BASE}/me`);
    expect(match.ok ? [] : match.allow).toEqual(['GET']);
  });

  it('takes a base URL and a router compiled once', () => {
    const router = createRouter(Object.values(operations));
    const built = buildRequest('getCurrentUser', {}, { baseUrl: 'http://127.0.0.1:4010/mock/api/v2/' });
    const match = matchRequest(built.method, built.url, {
      operations: router,
      baseUrl: 'http://127.0.0.1:4010/mock/api/v2',
    });
    expect(match.ok && match.operation.id).toBe('getCurrentUser');
  });

  it('reads header parameters from the headers given', () => {
    const table = toOperationTable([
      {
        operationId: 'withHeader',
        method: 'get',
        path: '/h',
        deprecated: false,
        parameters: {
          path: [],
          query: [],
          header: [
            {
              name: 'X-Count',
              in: 'header',
              required: true,
              style: 'simple',
              explode: false,
              schema: { type: 'integer' },
              deprecated: false,
            },
          ],
          cookie: [],
        },
        responses: {},
        security: [],
      },
    ]);
    const match = matchRequest('GET', `${BASE}/h`, { operations: table, headers: { 'x-count': '3' } });
    expect(match.ok && match.params).toEqual({ XCount: 3 });
  });
});
