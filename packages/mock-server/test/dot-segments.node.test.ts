/**
 * Path values `.` and `..` against the embedded mock, on the wire (undici's
 * fetch, node:http and the real curl; no mocked fetch). The client refuses
 * them before anything is sent, because fetch resolves `..` — and `%2E%2E` —
 * into another route; a request that does carry `%2E%2E` as written (curl,
 * node:http) reaches the operation called, with the value `..`.
 */
import { execFile } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { promisify } from 'node:util';
import { createClient, RequestValidationError } from '@circleci-kit/core-client';
import { startMockServer, type MockServer } from '@circleci-kit/mock-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { currentSpec } from './support/spec.ts';

const SLUG = 'gh/acme/widgets';
let mock: MockServer;
let sent: string[];
const client = () =>
  createClient({
    baseUrl: mock.url,
    token: 't',
    retry: false,
    fetch: (input, init) => {
      sent.push(`${init?.method} ${input instanceof Request ? input.url : String(input)}`);
      return globalThis.fetch(input, init);
    },
  });

beforeAll(async () => {
  mock = await startMockServer({ spec: await currentSpec(), seed: 3 });
});
afterAll(() => mock.close());
beforeEach(async () => {
  mock.reset();
  sent = [];
  for (const name of ['.', '..', 'KEEP'])
    await client().createEnvVar({ projectSlug: SLUG, body: { name, value: 'v' } });
  sent = [];
});

const names = async (): Promise<string[]> =>
  ((await client().listEnvVars({ projectSlug: SLUG })).data.items as Array<{ name: string }>).map((item) => item.name);

/** Sends a path exactly as written, as curl and node:http do. */
function rawDelete(path: string): Promise<{ status: number; body: string }> {
  const url = new URL(mock.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: 'DELETE',
        path: `${url.pathname}${path}`,
        headers: { 'circle-token': 't' },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('dot-segment path values', () => {
  it.each([
    { call: 'deleteEnvVar', params: { projectSlug: SLUG, name: '..' }, parameter: 'name' },
    { call: 'deleteEnvVar', params: { projectSlug: SLUG, name: '.' }, parameter: 'name' },
    { call: 'getEnvVar', params: { projectSlug: SLUG, name: '..' }, parameter: 'name' },
    { call: 'deleteTrigger', params: { projectId: 'p', triggerId: '.' }, parameter: 'triggerId' },
    { call: 'deleteTrigger', params: { projectId: 'p', triggerId: '' }, parameter: 'triggerId' },
  ])('$call with $parameter $params is refused before anything is sent', async ({ call, params, parameter }) => {
    const method = (client() as unknown as Record<string, (p: unknown) => Promise<unknown>>)[call]!;
    const error = await method(params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).problems.map((p) => p.parameter)).toContain(parameter);
    expect(sent).toEqual([]);
    expect(await names()).toEqual(['.', '..', 'KEEP']);
  });

  it('fetch itself resolves %2E%2E: the request would reach DELETE /project/{slug} instead', async () => {
    const response = await fetch(`${mock.url}/project/${SLUG}/envvar/%2E%2E`, {
      method: 'DELETE',
      headers: { 'circle-token': 't' },
    });
    expect(await response.text()).not.toContain('Environment variable deleted');
    expect(await names()).toContain('..');
  });

  it.each([
    { path: `/project/${SLUG}/envvar/%2E%2E`, gone: '..' },
    { path: `/project/${SLUG}/envvar/%2e`, gone: '.' },
  ])('node:http sending $path as written reaches deleteEnvVar with the value $gone', async ({ path, gone }) => {
    const response = await rawDelete(path);
    expect(response).toEqual({ status: 200, body: JSON.stringify({ message: 'Environment variable deleted.' }) });
    expect(await names()).toEqual(['.', '..', 'KEEP'].filter((name) => name !== gone));
  });

  it('curl sends %2E%2E as written and reaches deleteEnvVar with the value ..', async () => {
    const { stdout } = await promisify(execFile)('curl', [
      '--silent',
      '--show-error',
      '--max-time',
      '20',
      '-X',
      'DELETE',
      '-H',
      'circle-token: t',
      `${mock.url}/project/${SLUG}/envvar/%2E%2E`,
    ]);
    expect(JSON.parse(stdout)).toEqual({ message: 'Environment variable deleted.' });
    expect(await names()).toEqual(['.', 'KEEP']);
  });
});
