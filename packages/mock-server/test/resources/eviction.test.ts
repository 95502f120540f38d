import { startMockServer, type MockServer } from '@circleci-kit/mock-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookBody } from '../support/bodies.ts';
import { currentSpec } from '../support/spec.ts';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ spec: await currentSpec(), maxResources: 3 });
});
afterAll(() => mock.close());

const call = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${mock.url}${path}`, {
    method,
    headers: { 'Circle-Token': 't', 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
};

describe('generic resources under maxResources', () => {
  it('count with the others, and the oldest, of any kind, goes first', async () => {
    const org = '5034460f-c7c4-4c43-9457-de07e2029e7b';
    const groups = `/organizations/${org}/groups`;
    const context = (await call('POST', '/context', { name: 'old', owner: { id: org, type: 'organization' } })).body.id;
    const ids: string[] = [];
    for (const name of ['a', 'b', 'c']) ids.push((await call('POST', groups, { name })).body.id);
    // Four created, three held: the context, the oldest, is gone; the groups stay.
    expect((await call('GET', `/context/${context}`)).status).toBe(404);
    expect((await call('GET', `${groups}/${ids[0]}`)).status).toBe(200);
    await call('POST', '/webhook', webhookBody(org, 'https://example.com/hook'));
    expect((await call('GET', `${groups}/${ids[0]}`)).status).toBe(404);
    expect((await call('GET', groups)).body.items.map((g: { id: string }) => g.id)).toEqual(ids.slice(1));
  });

  it('a deleted one frees its place', async () => {
    mock.reset();
    const org = 'c0ffee00-c7c4-4c43-9457-de07e2029e7b';
    const groups = `/organizations/${org}/groups`;
    const [a, b, c] = await Promise.all(
      ['a', 'b', 'c'].map(async (name) => (await call('POST', groups, { name })).body.id),
    );
    expect((await call('DELETE', `${groups}/${b}`)).status).toBe(200);
    await call('POST', groups, { name: 'd' });
    expect((await call('GET', `${groups}/${a}`)).status).toBe(200);
    expect((await call('GET', `${groups}/${c}`)).status).toBe(200);
  });
});
