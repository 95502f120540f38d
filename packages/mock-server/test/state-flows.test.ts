import { createValidators, type SpecValidators } from '@circleci-kit/schema';
import { startMockServer, type MockServer } from '@circleci-kit/mock-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { webhookBody } from './support/bodies.ts';
import { jsonCaller, type JsonBody } from './support/client.ts';
import { currentSpec } from './support/spec.ts';

let mock: MockServer;
let validators: SpecValidators;
let call: ReturnType<typeof jsonCaller>;
beforeAll(async () => {
  const spec = await currentSpec();
  validators = createValidators(spec);
  mock = await startMockServer({ spec, seed: 21, pageSize: 3 });
  call = jsonCaller(mock.url);
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

/** Calls and checks the answer against the schema package's validator for that operation and status. */
async function valid(operationId: string, method: string, path: string, body?: unknown) {
  const response = await call(method, path, body);
  const validate = validators.response(operationId, response.status);
  expect(validate?.(response.body) ?? { valid: true }).toEqual({ valid: true });
  return response;
}

const P = '/project/gh/acme/api';

describe('pipelines', () => {
  it('triggerPipeline creates a pipeline visible by id, by number, per project and as mine', async () => {
    const created = await valid('triggerPipeline', 'POST', `${P}/pipeline`, { branch: 'dev' });
    expect(created).toMatchObject({ status: 201, body: { number: 1, state: 'created' } });
    const { id } = created.body;
    expect((await valid('getPipelineById', 'GET', `/pipeline/${id}`)).body).toMatchObject({
      id,
      number: 1,
      project_slug: 'gh/acme/api',
    });
    expect((await valid('getPipelineByNumber', 'GET', `${P}/pipeline/1`)).body.id).toBe(id);
    await valid('triggerPipeline', 'POST', `${P}/pipeline`, {});
    const list = await valid('listPipelinesForProject', 'GET', `${P}/pipeline`);
    expect(list.body.items.map((p: { number: number }) => p.number)).toEqual([2, 1]);
    const mine = await valid('listMyPipelines', 'GET', `${P}/pipeline/mine`);
    expect(mine.body.items).toHaveLength(2);
    expect((await jsonCaller(mock.url, 'someone-else')('GET', `${P}/pipeline/mine`)).body.items).toEqual([]);
    expect((await valid('listPipelinesForProject', 'GET', `${P}/pipeline?branch=dev`)).body.items).toHaveLength(1);
  });

  it('200 parallel triggers on one project give 200 distinct pipelines numbered 1..200', async () => {
    const responses = await Promise.all(
      Array.from({ length: 200 }, () => call('POST', `${P}/pipeline`, { branch: 'main' })),
    );
    expect(responses.every((r) => r.status === 201)).toBe(true);
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(200);
    expect(responses.map((r) => r.body.number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 200 }, (_, i) => i + 1),
    );
    expect(mock.state.projects.get('gh/acme/api')?.pipelines).toHaveLength(200);
  });

  it('unknown ids get 404', async () => {
    for (const [id, method, path] of [
      ['getPipelineById', 'GET', '/pipeline/5034460f-c7c4-4c43-9457-de07e2029e7b'],
      ['getPipelineByNumber', 'GET', `${P}/pipeline/99`],
      ['getWorkflowById', 'GET', '/workflow/5034460f-c7c4-4c43-9457-de07e2029e7b'],
      ['getJobDetails', 'GET', `${P}/job/99`],
    ] as const) {
      expect((await valid(id, method, path)).status).toBe(404);
    }
  });
});

describe('workflows and jobs on the virtual clock', () => {
  async function start() {
    const { body } = await call('POST', `${P}/pipeline`, {});
    const workflows = (await valid('listWorkflowsByPipelineId', 'GET', `/pipeline/${body.id}/workflow`)).body.items;
    const byName = Object.fromEntries(workflows.map((w: { name: string; id: string }) => [w.name, w.id]));
    const jobs = async (id: string) =>
      Object.fromEntries(
        (await valid('listWorkflowJobs', 'GET', `/workflow/${id}/job`)).body.items.map((j: JsonBody) => [j.name, j]),
      );
    const status = async (id: string) => (await valid('getWorkflowById', 'GET', `/workflow/${id}`)).body.status;
    return { pipelineId: body.id, build: byName.build as string, deploy: byName.deploy as string, jobs, status };
  }

  it('moves jobs from running to success as the clock advances', async () => {
    const { build, jobs, status } = await start();
    expect(await status(build)).toBe('running');
    expect(await jobs(build)).toMatchObject({ compile: { status: 'running' }, test: { status: 'blocked' } });
    mock.state.advance(30_000);
    expect(await jobs(build)).toMatchObject({ compile: { status: 'success' }, test: { status: 'running' } });
    mock.state.advance(60_000);
    expect(await status(build)).toBe('success');
    const compile = (await jobs(build)).compile;
    const details = await valid('getJobDetails', 'GET', `${P}/job/${compile.job_number}`);
    expect(details.body).toMatchObject({ status: 'success', duration: 30_000, name: 'compile' });
  });

  it('an approval holds the workflow until approved', async () => {
    const { deploy, jobs, status } = await start();
    expect(await status(deploy)).toBe('on_hold');
    const hold = (await jobs(deploy)).hold;
    expect(hold).toMatchObject({ type: 'approval', status: 'on_hold' });
    const approved = await valid(
      'approvePendingApprovalJobById',
      'POST',
      `/workflow/${deploy}/approve/${hold.approval_request_id}`,
    );
    expect(approved).toEqual({ status: 202, body: { message: 'Accepted.' } });
    expect(await jobs(deploy)).toMatchObject({ hold: { status: 'success' }, release: { status: 'running' } });
    mock.state.advance(20_000);
    expect(await status(deploy)).toBe('success');
    expect((await call('POST', `/workflow/${deploy}/approve/${hold.approval_request_id}`)).status).toBe(400);
  });

  it('cancelWorkflow stops unfinished jobs; rerunWorkflow starts a fresh workflow', async () => {
    const { pipelineId, build, jobs, status } = await start();
    mock.state.advance(10_000);
    expect(await valid('cancelWorkflow', 'POST', `/workflow/${build}/cancel`)).toEqual({
      status: 202,
      body: { message: 'Accepted.' },
    });
    expect(await status(build)).toBe('canceled');
    expect(await jobs(build)).toMatchObject({ compile: { status: 'canceled' }, test: { status: 'canceled' } });
    const rerun = await valid('rerunWorkflow', 'POST', `/workflow/${build}/rerun`, {});
    expect(rerun.status).toBe(202);
    expect(await status(rerun.body.workflow_id)).toBe('running');
    const workflows = (await call('GET', `/pipeline/${pipelineId}/workflow`)).body.items;
    expect(workflows).toHaveLength(3);
  });

  it('numbers build jobs per project in order across triggers and reruns', async () => {
    const numbers = async (workflowId: string) =>
      (await call('GET', `/workflow/${workflowId}/job`)).body.items.map((j: { job_number?: number }) => j.job_number);
    const first = await start();
    expect(await numbers(first.build)).toEqual([1, 2]);
    const rerun = (await call('POST', `/workflow/${first.build}/rerun`, {})).body.workflow_id;
    expect(await numbers(rerun)).toEqual([4, 5]);
    const second = await start();
    expect(await numbers(second.build)).toEqual([6, 7]);
    expect(await numbers(second.deploy)).toEqual([undefined, 8]);
    // Every number reads its own job: a pipeline's, a rerun's handed out between two pipelines, and none past the last.
    const table: Array<[number, object]> = [
      [1, { name: 'compile', latest_workflow: { id: first.build } }],
      [3, { name: 'release', latest_workflow: { id: first.deploy } }],
      [4, { name: 'compile', latest_workflow: { id: rerun } }],
      [5, { name: 'test', latest_workflow: { id: rerun } }],
      [6, { name: 'compile', latest_workflow: { id: second.build } }],
      [8, { name: 'release', latest_workflow: { id: second.deploy } }],
    ];
    for (const [number, expected] of table) {
      expect((await valid('getJobDetails', 'GET', `${P}/job/${number}`)).body).toMatchObject({ number, ...expected });
    }
    expect((await call('GET', `${P}/job/9`)).status).toBe(404);
    expect((await call('GET', `${P}/job/0`)).status).toBe(404);
  });
});

describe('CRUD resources', () => {
  it('contexts and their environment variables', async () => {
    const created = await call('POST', '/context', {
      name: 'deploy',
      owner: { id: '5034460f-c7c4-4c43-9457-de07e2029e7b', type: 'organization' },
    });
    expect(created.status).toBe(200);
    const id = created.body.id;
    expect((await valid('getContext', 'GET', `/context/${id}`)).body).toMatchObject({ id, name: 'deploy' });
    expect(
      (await valid('listContexts', 'GET', '/context?owner-id=5034460f-c7c4-4c43-9457-de07e2029e7b')).body.items,
    ).toHaveLength(1);
    expect((await call('PUT', `/context/${id}/environment-variable/TOKEN`, { value: 's3cret' })).body).toMatchObject({
      variable: 'TOKEN',
      context_id: id,
    });
    await call('PUT', `/context/${id}/environment-variable/TOKEN`, { value: 'rotated' });
    expect(
      (await valid('listEnvironmentVariablesFromContext', 'GET', `/context/${id}/environment-variable`)).body.items,
    ).toHaveLength(1);
    expect(
      (await valid('deleteEnvironmentVariableFromContext', 'DELETE', `/context/${id}/environment-variable/TOKEN`))
        .status,
    ).toBe(200);
    expect((await call('DELETE', `/context/${id}/environment-variable/TOKEN`)).status).toBe(404);
    expect((await valid('deleteContext', 'DELETE', `/context/${id}`)).status).toBe(200);
    expect((await valid('getContext', 'GET', `/context/${id}`)).status).toBe(404);
  });

  it('project environment variables are masked and deletable', async () => {
    expect((await valid('createEnvVar', 'POST', `${P}/envvar`, { name: 'API_KEY', value: 'abcdefgh' })).body).toEqual({
      name: 'API_KEY',
      value: 'xxxxefgh',
      'created-at': expect.any(String),
    });
    expect((await valid('getEnvVar', 'GET', `${P}/envvar/API_KEY`)).body.value).toBe('xxxxefgh');
    expect((await valid('listEnvVars', 'GET', `${P}/envvar`)).body.items).toHaveLength(1);
    expect((await valid('deleteEnvVar', 'DELETE', `${P}/envvar/API_KEY`)).status).toBe(200);
    expect((await valid('getEnvVar', 'GET', `${P}/envvar/API_KEY`)).status).toBe(404);
  });

  it('checkout keys', async () => {
    const key = await valid('createCheckoutKey', 'POST', `${P}/checkout-key`, { type: 'deploy-key' });
    expect(key.status).toBe(201);
    const path = `${P}/checkout-key/${encodeURIComponent(key.body.fingerprint)}`;
    expect((await valid('getCheckoutKey', 'GET', path)).body).toEqual(key.body);
    expect((await valid('listCheckoutKeys', 'GET', `${P}/checkout-key`)).body.items).toHaveLength(1);
    expect((await valid('deleteCheckoutKey', 'DELETE', path)).status).toBe(200);
    expect((await call('GET', path)).status).toBe(404);
  });

  it('schedules: create, list, get, update, delete', async () => {
    const body = {
      name: 'nightly',
      timetable: { 'per-hour': 1, 'hours-of-day': [2], 'days-of-week': ['MON'] },
      'attribution-actor': 'current',
      parameters: { branch: 'main' },
    };
    const created = await valid('createSchedule', 'POST', `${P}/schedule`, body);
    const id = created.body.id;
    expect(created.body).toMatchObject({ name: 'nightly', 'project-slug': 'gh/acme/api' });
    expect((await valid('listSchedulesForProject', 'GET', `${P}/schedule`)).body.items).toHaveLength(1);
    mock.state.advance(1000);
    const updated = await valid('updateSchedule', 'PATCH', `/schedule/${id}`, {
      name: 'hourly',
      timetable: { 'per-hour': 2 },
    });
    expect(updated.body).toMatchObject({ name: 'hourly', timetable: { 'per-hour': 2, 'hours-of-day': [2] } });
    expect(updated.body['updated-at']).not.toBe(created.body['updated-at']);
    expect((await valid('getScheduleById', 'GET', `/schedule/${id}`)).body.name).toBe('hourly');
    expect((await valid('deleteScheduleById', 'DELETE', `/schedule/${id}`)).status).toBe(200);
    expect((await valid('getScheduleById', 'GET', `/schedule/${id}`)).status).toBe(404);
  });

  it('webhooks: create, list by scope, get, update, delete', async () => {
    const scope = { id: '5034460f-c7c4-4c43-9457-de07e2029e7b', type: 'project' };
    const created = await valid('createWebhook', 'POST', '/webhook', webhookBody(scope.id));
    const id = created.body.id;
    expect(
      (await valid('getWebhooks', 'GET', `/webhook?scope-id=${scope.id}&scope-type=project`)).body.items,
    ).toHaveLength(1);
    expect((await valid('updateWebhook', 'PUT', `/webhook/${id}`, { name: 'renamed' })).body.name).toBe('renamed');
    expect((await valid('getWebhookById', 'GET', `/webhook/${id}`)).body).toMatchObject({
      name: 'renamed',
      url: 'https://example.com/h',
    });
    expect((await valid('deleteWebhook', 'DELETE', `/webhook/${id}`)).status).toBe(200);
    expect((await valid('getWebhookById', 'GET', `/webhook/${id}`)).status).toBe(404);
  });
});

describe('pagination', () => {
  it('pages by pageSize with opaque tokens, null at the end, and refuses a bad token', async () => {
    for (let i = 0; i < 7; i++) await call('POST', `${P}/pipeline`, {});
    const numbers: number[] = [];
    let token: string | null = null;
    let pages = 0;
    do {
      const response = await valid(
        'listPipelinesForProject',
        'GET',
        `${P}/pipeline${token ? `?page-token=${encodeURIComponent(token)}` : ''}`,
      );
      numbers.push(...response.body.items.map((p: { number: number }) => p.number));
      token = response.body.next_page_token;
      pages++;
    } while (token !== null);
    expect(pages).toBe(3);
    expect(numbers).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect((await call('GET', `${P}/pipeline?page-token=bm9wZQ`)).status).toBe(400);
  });

  it("honours an operation's page-size parameter, within 1…100", async () => {
    const org = '5034460f-c7c4-4c43-9457-de07e2029e7b';
    const table = [
      { given: 'page-size=2', query: `org-id=${org}&page-size=2`, want: 2 },
      { given: 'page-size=0 (the server pageSize)', query: `org-id=${org}&page-size=0`, want: 3 },
      { given: 'page-size=1000 (100, all 7 samples)', query: `org-id=${org}&page-size=1000`, want: 7 },
    ];
    for (const { given, query, want } of table) {
      const page = await valid('listComponents', 'GET', `/deploy/components?${query}`);
      expect({ given, length: page.body.items.length }).toEqual({ given, length: want });
    }
    const next = await valid('listComponents', 'GET', `/deploy/components?org-id=${org}&page-size=2`);
    const second = await valid(
      'listComponents',
      'GET',
      `/deploy/components?org-id=${org}&page-size=2&page-token=${next.body.next_page_token}`,
    );
    expect(second.body.items).toHaveLength(2);
    expect(second.body.items).not.toEqual(next.body.items);
    for (const name of ['platform', 'release'])
      await valid('createOrganizationGroup', 'POST', `/organizations/${org}/groups`, { name });
    const groups = await valid('getOrganizationGroups', 'GET', `/organizations/${org}/groups?limit=1`);
    expect(groups.body.items.map((g: { name: string }) => g.name)).toEqual(['platform']);
    expect(groups.body.next_page_token).not.toBeNull();
  });

  it('pages stateless lists too', async () => {
    const first = await valid('getProjectWorkflowMetrics', 'GET', '/insights/gh/acme/api/workflows');
    expect(first.body.items).toHaveLength(3);
    const second = await valid(
      'getProjectWorkflowMetrics',
      'GET',
      `/insights/gh/acme/api/workflows?page-token=${first.body.next_page_token}`,
    );
    expect(second.body.items).toHaveLength(3);
    expect(second.body.items).not.toEqual(first.body.items);
  });
});
