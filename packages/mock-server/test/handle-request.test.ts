import { startMockServer, type MockServer } from '@circleci-kit/mock-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentSpec } from './support/spec.ts';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ spec: await currentSpec(), seed: 3, tokens: ['good'], bodyLimit: 1024 });
});
afterAll(() => mock.close());

const TRIGGER = '/project/gh/acme/api/pipeline';
const json = { 'content-type': 'application/json' };

describe('auth', () => {
  const table: Array<{ given: string; init: { headers?: Record<string, string>; query?: string }; want: number }> = [
    { given: 'Circle-Token header', init: { headers: { 'Circle-Token': 'good' } }, want: 200 },
    {
      given: 'basic auth, token as user name',
      init: { headers: { authorization: `Basic ${btoa('good:')}` } },
      want: 200,
    },
    { given: 'circle-token query parameter', init: { query: '?circle-token=good' }, want: 200 },
    { given: 'no token', init: {}, want: 401 },
    { given: 'an unknown token', init: { headers: { 'Circle-Token': 'bad' } }, want: 401 },
    { given: 'an empty header', init: { headers: { 'Circle-Token': '' } }, want: 401 },
    {
      given: 'basic auth with an empty user',
      init: { headers: { authorization: `Basic ${btoa(':good')}` } },
      want: 401,
    },
  ];
  it.each(table)('$given → $want', async ({ init, want }) => {
    const response = await fetch(`${mock.url}/me${init.query ?? ''}`, { headers: init.headers ?? {} });
    expect(response.status).toBe(want);
    if (want === 401) expect(await response.json()).toEqual({ message: expect.any(String) });
  });

  it('accepts any non-empty token when tokens is not given', async () => {
    const open = await startMockServer({ spec: await currentSpec() });
    try {
      expect((await fetch(`${open.url}/me`, { headers: { 'Circle-Token': 'anything' } })).status).toBe(200);
      expect((await fetch(`${open.url}/me`)).status).toBe(401);
    } finally {
      await open.close();
    }
  });
});

describe('bad input', () => {
  const auth = { 'Circle-Token': 'good' };
  const table: Array<{ given: string; path: string; init: RequestInit; want: number; names?: string }> = [
    { given: 'a bad path value', path: '/pipeline/not-a-uuid', init: {}, want: 400, names: 'pipeline-id' },
    { given: 'a malformed slug', path: '/project/gh%2Fonly-two/pipeline', init: {}, want: 400, names: 'project-slug' },
    {
      given: 'a bad query value',
      path: '/insights/gh/acme/api/workflows?reporting-window=last-year',
      init: {},
      want: 400,
      names: 'reporting-window',
    },
    {
      given: 'a missing required query parameter',
      path: '/webhook?scope-type=project',
      init: {},
      want: 400,
      names: 'scope-id',
    },
    {
      given: 'a bad boolean',
      path: '/insights/gh/acme/api/workflows?all-branches=maybe',
      init: {},
      want: 400,
      names: 'all-branches',
    },
    {
      given: 'a bad body value',
      path: TRIGGER,
      init: { method: 'POST', headers: json, body: '{"branch":7}' },
      want: 400,
      names: 'body',
    },
    {
      given: 'a missing required body',
      path: '/context/5034460f-c7c4-4c43-9457-de07e2029e7b/restrictions',
      init: { method: 'POST', headers: json },
      want: 400,
      names: 'body',
    },
    {
      given: 'malformed JSON',
      path: TRIGGER,
      init: { method: 'POST', headers: json, body: '{"branch":' },
      want: 400,
      names: 'JSON',
    },
    {
      given: 'an unsupported content type',
      path: TRIGGER,
      init: { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' },
      want: 415,
    },
    {
      given: 'a body over the limit',
      path: TRIGGER,
      init: { method: 'POST', headers: json, body: JSON.stringify({ branch: 'x'.repeat(2000) }) },
      want: 413,
    },
    { given: 'a bad percent-encoding', path: '/pipeline/%E0%A4%A', init: {}, want: 400 },
  ];
  it.each(table)('$given → $want', async ({ path, init, want, names }) => {
    const response = await fetch(`${mock.url}${path}`, { ...init, headers: { ...auth, ...(init.headers as object) } });
    expect(response.status).toBe(want);
    const body = (await response.json()) as { message: string };
    if (names !== undefined) expect(body.message).toContain(names);
  });

  it('accepts a valid body with a charset and a null body where the schema is nullable', async () => {
    const withCharset = await fetch(`${mock.url}${TRIGGER}`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json; charset=utf-8' },
      body: '{"branch":"main","parameters":{"deploy":true}}',
    });
    expect(withCharset.status).toBe(201);
    const nullBody = await fetch(`${mock.url}${TRIGGER}`, {
      method: 'POST',
      headers: { ...auth, ...json },
      body: 'null',
    });
    expect(nullBody.status).toBe(201);
  });
});
