/**
 * `maxResources` through HTTP: the option is checked, an evicted pipeline
 * is gone by id, number, workflows and jobs, and a walk of pages started
 * before an eviction ends with what is left.
 */
import { MockServerError, startMockServer, type MockServer } from '@circleci-kit/mock-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { webhookBody } from '../support/bodies.ts';
import { jsonCaller } from '../support/client.ts';
import { currentSpec } from '../support/spec.ts';

const P = '/project/gh/acme/api';
let mock: MockServer;
let call: ReturnType<typeof jsonCaller>;
beforeAll(async () => {
  mock = await startMockServer({ spec: await currentSpec(), seed: 5, pageSize: 2, maxResources: 3 });
  call = jsonCaller(mock.url);
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

describe('startMockServer maxResources', () => {
  it.each([0, -1, 2.5, Number.NaN])('refuses %s with BAD_OPTIONS', async (maxResources) => {
    const started = startMockServer({ spec: await currentSpec(), maxResources });
    await expect(started).rejects.toBeInstanceOf(MockServerError);
    await expect(started).rejects.toMatchObject({ code: 'BAD_OPTIONS', message: /maxResources/ });
  });

  it('is unbounded by default', async () => {
    const unbounded = await startMockServer({ spec: await currentSpec() });
    try {
      expect(unbounded.state.maxResources).toBeUndefined();
    } finally {
      await unbounded.close();
    }
    expect(mock.state.maxResources).toBe(3);
  });

  it('answers 404 for an evicted pipeline by id and number, and for its workflows and jobs', async () => {
    const first = (await call('POST', `${P}/pipeline`, { branch: 'main' })).body;
    const workflows = (await call('GET', `/pipeline/${first.id}/workflow`)).body.items as Array<{ id: string }>;
    expect(workflows).toHaveLength(2);
    const jobs = (await call('GET', `/workflow/${workflows[0]!.id}/job`)).body.items as Array<{ job_number: number }>;
    const jobNumber = jobs[0]!.job_number;
    expect((await call('GET', `${P}/job/${jobNumber}`)).status).toBe(200);

    for (let i = 0; i < 3; i++) await call('POST', `${P}/pipeline`, { branch: 'main' });
    expect((await call('GET', `/pipeline/${first.id}`)).status).toBe(404);
    expect((await call('GET', `${P}/pipeline/1`)).status).toBe(404);
    expect((await call('GET', `/pipeline/${first.id}/workflow`)).status).toBe(404);
    for (const { id } of workflows) {
      expect((await call('GET', `/workflow/${id}`)).status).toBe(404);
      expect((await call('GET', `/workflow/${id}/job`)).status).toBe(404);
    }
    expect((await call('GET', `${P}/job/${jobNumber}`)).status).toBe(404);
    expect((await call('GET', `${P}/pipeline/2`)).body.number).toBe(2);
    expect((await call('GET', `${P}/pipeline/4`)).body.number).toBe(4);
    expect((await call('POST', `${P}/pipeline`, {})).body.number).toBe(5);
  });

  it('ends a walk of pages started before an eviction with the pipelines still held, none repeated', async () => {
    for (let i = 0; i < 3; i++) await call('POST', `${P}/pipeline`, { branch: 'main' });
    const first = (await call('GET', `${P}/pipeline`)).body;
    expect(first.items.map((p: { number: number }) => p.number)).toEqual([3, 2]);
    // Two more triggers evict 1 and 2: the rest of the walk (below 2) has nothing left.
    for (let i = 0; i < 2; i++) await call('POST', `${P}/pipeline`, { branch: 'main' });
    const rest = (await call('GET', `${P}/pipeline?page-token=${first.next_page_token}`)).body;
    expect(rest).toEqual({ items: [], next_page_token: null });
    const fresh = (await call('GET', `${P}/pipeline`)).body;
    expect(fresh.items.map((p: { number: number }) => p.number)).toEqual([5, 4]);
    const last = (await call('GET', `${P}/pipeline?page-token=${fresh.next_page_token}`)).body;
    expect(last).toMatchObject({ items: [{ number: 3 }], next_page_token: null });
  });

  it('evicts contexts, schedules and webhooks too, oldest first', async () => {
    const owner = { id: '5034460f-c7c4-4c43-9457-de07e2029e7b', type: 'organization' };
    const scope = { id: '6034460f-c7c4-4c43-9457-de07e2029e7b', type: 'project' };
    const ctx = (await call('POST', '/context', { name: 'deploy', owner })).body.id;
    const schedule = (
      await call('POST', `${P}/schedule`, {
        name: 'nightly',
        timetable: { 'per-hour': 1, 'hours-of-day': [2], 'days-of-week': ['MON'] },
        'attribution-actor': 'current',
        parameters: { branch: 'main' },
      })
    ).body.id;
    const hook = webhookBody(scope.id);
    const webhook = (await call('POST', '/webhook', hook)).body.id;
    await call('POST', `${P}/pipeline`, {});
    expect((await call('GET', `/context/${ctx}`)).status).toBe(404);
    expect((await call('GET', `/context?owner-id=${owner.id}`)).body.items).toEqual([]);
    expect((await call('GET', `/schedule/${schedule}`)).status).toBe(200);
    await call('POST', `${P}/pipeline`, {});
    expect((await call('GET', `/schedule/${schedule}`)).status).toBe(404);
    expect((await call('GET', `${P}/schedule`)).body.items).toEqual([]);
    await call('POST', `${P}/pipeline`, {});
    expect((await call('GET', `/webhook/${webhook}`)).status).toBe(404);
    expect((await call('GET', `/webhook?scope-id=${scope.id}&scope-type=project`)).body.items).toEqual([]);
    expect(mock.state.resourceCount).toBe(3);
  });
});
