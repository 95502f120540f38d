import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/index.ts';
import { captureIo } from '../../support/capture-io.ts';

const TOKEN = 'cli-token-5f4e3d2c1b';

interface Seen {
  method: string;
  url: string;
  token: string | undefined;
  authorization: string | undefined;
  body: string;
}

const seen: Seen[] = [];
let answer: (request: Seen) => { status: number; body?: unknown } = () => ({ status: 200, body: {} });
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const entry: Seen = {
        method: request.method ?? '',
        url: request.url ?? '',
        token: request.headers['circle-token'] as string | undefined,
        authorization: request.headers.authorization,
        body,
      };
      seen.push(entry);
      const { status, body: out } = answer(entry);
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(out === undefined ? '' : JSON.stringify(out));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function run(args: string[], env: Record<string, string> = { CIRCLECI_TOKEN: TOKEN }, cwd = process.cwd()) {
  seen.length = 0;
  const io = captureIo({ env, cwd });
  const code = await main(['api', ...args, '--base-url', baseUrl], io);
  return { code, out: io.out, err: io.err };
}

describe('circleci-kit api', () => {
  it('calls an operation with the token from CIRCLECI_TOKEN and prints the JSON answer', async () => {
    answer = () => ({ status: 200, body: { login: 'octo' } });
    const { code, out } = await run(['getCurrentUser']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ login: 'octo' });
    expect(seen[0]).toMatchObject({ method: 'GET', url: '/api/v2/me', token: TOKEN });
  });

  it('takes parameters by spec or camelCase name, coerces them, and sends basic auth from CIRCLE_TOKEN', async () => {
    answer = () => ({ status: 200, body: { items: [], next_page_token: null } });
    const args = ['listPipelines', '--param', 'org-slug=gh/acme', '-p', 'mine=true', '--auth', 'basic'];
    const { code } = await run(args, { CIRCLE_TOKEN: TOKEN });
    expect(code).toBe(0);
    expect(seen[0]!.url).toBe('/api/v2/pipeline?org-slug=gh%2Facme&mine=true');
    expect(seen[0]!.authorization).toBe(`Basic ${Buffer.from(`${TOKEN}:`).toString('base64')}`);
  });

  it('sends --body as JSON text or from @file', async () => {
    answer = () => ({ status: 201, body: { id: 'p1', number: 7 } });
    const dir = mkdtempSync(join(tmpdir(), 'cli-api-'));
    writeFileSync(join(dir, 'body.json'), '{ "branch": "dev" }');
    const inline = await run([
      'triggerPipeline',
      '-p',
      'projectSlug=gh/acme/api',
      '--body',
      '{"parameters":{"x":"1"}}',
    ]);
    expect(seen[0]).toMatchObject({
      method: 'POST',
      url: '/api/v2/project/gh/acme/api/pipeline',
      body: '{"parameters":{"x":"1"}}',
    });
    const fromFile = await run(
      ['triggerPipeline', '-p', 'projectSlug=gh/acme/api', '--body', '@body.json'],
      undefined,
      dir,
    );
    expect(seen[0]!.body).toBe('{"branch":"dev"}');
    expect([inline.code, fromFile.code, JSON.parse(fromFile.out)]).toEqual([0, 0, { id: 'p1', number: 7 }]);
  });

  it('follows pages with --paginate and prints every item', async () => {
    answer = ({ url }) =>
      url.includes('page-token=2')
        ? { status: 200, body: { items: [{ id: 'c' }], next_page_token: null } }
        : { status: 200, body: { items: [{ id: 'a' }, { id: 'b' }], next_page_token: '2' } };
    const { code, out } = await run(['listPipelinesForProject', '-p', 'projectSlug=gh/acme/api', '--paginate']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    expect(seen).toHaveLength(2);
  });

  it.each([
    { status: 404, want: 1 },
    { status: 500, want: 3 },
  ])('prints the error as JSON and exits $want on HTTP $status, never showing the token', async ({ status, want }) => {
    answer = () => ({ status, body: { message: `nope ${TOKEN}` } });
    const { code, out, err } = await run(['getProjectBySlug', '-p', 'projectSlug=gh/acme/api', '--timeout', '5000']);
    expect(code).toBe(want);
    expect(JSON.parse(out).error).toMatchObject({ code: 'HTTP_ERROR', status, operationId: 'getProjectBySlug' });
    expect(out + err).not.toContain(TOKEN);
  });

  it.each([
    {
      args: ['noSuchOperation'],
      want: /invalid parameters for noSuchOperation \(1 problem\)[\s\S]*operationId: unknown operation$/m,
    },
    { args: ['getcurrentuser'], want: /operationId: unknown operation; did you mean getCurrentUser\?/ },
    {
      args: ['getCurrentUser', '--max-items', '0'],
      want: /argument '0' is invalid\. Expected an integer of at least 1\./,
    },
    { args: ['triggerPipeline'], want: /projectSlug \(project-slug\): required path parameter is missing/ },
    { args: ['getCurrentUser', '--param', 'oops'], want: /expected name=value/ },
    { args: ['getCurrentUser', '--body', '{'], want: /--body is not JSON/ },
    { args: ['getCurrentUser', '--auth', 'cookie'], want: /Allowed choices are header, basic, query/ },
  ])('exits 2 for $args', async ({ args, want }) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toMatch(want);
    expect(seen).toHaveLength(0);
  });

  it('exits 3 when the API cannot be reached', async () => {
    const io = captureIo({ env: { CIRCLECI_TOKEN: TOKEN } });
    const code = await main(
      ['api', 'getCurrentUser', '--base-url', 'http://127.0.0.1:1/api/v2', '--timeout', '2000'],
      io,
    );
    expect(code).toBe(3);
    expect(JSON.parse(io.out).error.code).toBe('NETWORK_ERROR');
  }, 30_000);

  it('has examples in its help', async () => {
    const io = captureIo();
    expect(await main(['api', '--help'], io)).toBe(0);
    expect(io.out).toMatch(/Examples:\n {2}\$ circleci-kit api getCurrentUser/);
  });
});
