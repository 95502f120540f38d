/**
 * The insights filters `branches`, `workflow-names` and `project-names`: the
 * spec types them `object`, its own examples show repeated query values
 * (`?branches=main&branches=feature`), and spec-loader normalizes them to
 * one value or many. The client sends both forms as repeated keys, and the
 * mock answers 200 to each.
 */
import { buildRequestUnchecked, createClient, RequestValidationError } from '@circleci-kit/core-client';
import { startMockServer, type MockServer } from '@circleci-kit/mock-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentSpec } from './support/spec.ts';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ spec: await currentSpec(), seed: 4 });
});
afterAll(() => mock.close());

const SLUG = 'gh/acme/widgets';
describe('repeated insights filters', () => {
  it.each([
    { id: 'getProjectWorkflowsPageData', params: { projectSlug: SLUG, branches: 'main' }, query: '?branches=main' },
    {
      id: 'getProjectWorkflowsPageData',
      params: { projectSlug: SLUG, branches: ['main', 'dev'] },
      query: '?branches=main&branches=dev',
    },
    {
      id: 'getProjectWorkflowsPageData',
      params: { projectSlug: SLUG, workflowNames: ['build', 'deploy'] },
      query: '?workflow-names=build&workflow-names=deploy',
    },
    { id: 'getOrgSummaryData', params: { orgSlug: 'gh/acme', projectNames: 'api' }, query: '?project-names=api' },
    {
      id: 'getOrgSummaryData',
      params: { orgSlug: 'gh/acme', projectNames: ['api', 'web'] },
      query: '?project-names=api&project-names=web',
    },
  ])('$id $query', async ({ id, params, query }) => {
    const built = buildRequestUnchecked(id, params, { baseUrl: mock.url });
    expect(new URL(built.url).search).toBe(query);
    const response = await createClient({ baseUrl: mock.url, token: 't', retry: false }).requestUnchecked(id, params);
    expect(response.status).toBe(200);
  });

  it('the mock answers 200 to the documented URL itself', async () => {
    const response = await fetch(`${mock.url}/insights/pages/${SLUG}/summary?branches=main&branches=feature`, {
      headers: { 'circle-token': 't' },
    });
    expect(response.status).toBe(200);
  });

  it.each([{ branches: { x: 'y' } }, { branches: [1, 2] }, { branches: 5 }])('refuses %o', (filter) => {
    expect(() => buildRequestUnchecked('getProjectWorkflowsPageData', { projectSlug: SLUG, ...filter })).toThrow(
      RequestValidationError,
    );
  });
});
