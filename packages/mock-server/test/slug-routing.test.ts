import { startMockServer, type MockServer } from '@circleci-kit/mock-server';
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentSpec } from './support/spec.ts';

let mock: MockServer;
beforeAll(async () => {
  const spec: LoadedSpec = await currentSpec();
  mock = await startMockServer({ spec, seed: 5 });
});
afterAll(() => mock.close());

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
