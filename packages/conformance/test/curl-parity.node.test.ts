/**
 * The curl repro commands conformance prints send the same bytes as the
 * client: each request is sent once through core-client (undici's fetch)
 * and once by the real curl running the printed command, to one capture
 * server on 127.0.0.1, and compared on the wire: method, request target
 * (path and query exactly as sent), body, token. The values are the ones
 * that break naive URL building: dots, percent signs, `%2F`, `%2E`,
 * reserved characters, spaces and non-ASCII.
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { buildRequestUnchecked, sendRequest, type BuiltRequest } from '@circleci-kit/core-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curlCommand, redactRecordedRequest } from '../src/index.ts';

const TOKEN = 'curl-parity-token-0123456789';
interface Seen {
  method: string;
  target: string;
  token: string | undefined;
  body: string;
}
let server: Server;
let baseUrl: string;
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const token = req.headers['circle-token'];
      seen.push({ method: req.method ?? '', target: req.url ?? '', token: token as string | undefined, body });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function viaClient(request: BuiltRequest): Promise<Seen> {
  seen.length = 0;
  await sendRequest(request);
  return seen[0]!;
}

async function viaCurl(request: BuiltRequest): Promise<Seen> {
  seen.length = 0;
  const printed = curlCommand(
    redactRecordedRequest({ ...request, body: request.body ?? null, headers: { ...request.headers } }, TOKEN),
  );
  expect(printed).not.toContain(TOKEN);
  await promisify(execFile)('sh', ['-c', `${printed} --silent --show-error --max-time 20`], {
    env: { ...process.env, CIRCLECI_TOKEN: TOKEN },
  });
  return seen[0]!;
}

const SLUG = 'gh/acme/widgets';
describe('curl repro commands send what the client sends', () => {
  it.each([
    { name: 'three dots', id: 'getEnvVar', params: { projectSlug: SLUG, name: '...' } },
    { name: 'a leading dot', id: 'deleteEnvVar', params: { projectSlug: SLUG, name: '.env' } },
    { name: 'a literal %2E%2E', id: 'deleteEnvVar', params: { projectSlug: SLUG, name: '%2E%2E' } },
    { name: 'a literal %2F', id: 'getEnvVar', params: { projectSlug: SLUG, name: '%2F' } },
    { name: 'a percent sign', id: 'getContext', params: { contextId: '100%' } },
    { name: 'reserved characters', id: 'getContext', params: { contextId: "a?b#c&d=e/f;g'h" } },
    { name: 'spaces and non-ASCII', id: 'getContext', params: { contextId: 'schöne grüße 日本 😀' } },
    {
      name: 'a slug with a long VCS',
      id: 'listPipelinesForProject',
      params: { projectSlug: 'github/acme/widgets', branch: 'feat/a b%2E' },
    },
    {
      name: 'repeated query values',
      id: 'getProjectWorkflowsPageData',
      params: { projectSlug: SLUG, branches: ['main', 'dev/..', '%'] },
    },
    {
      name: 'a JSON body with a quote',
      id: 'createContext',
      params: { body: { name: "it's ..", owner: { id: 'x', type: 'organization' } } },
    },
  ])('$name ($id)', async ({ id, params }) => {
    const request = buildRequestUnchecked(id, params, { baseUrl, token: TOKEN });
    const client = await viaClient(request);
    const curl = await viaCurl(request);
    expect(curl).toEqual(client);
    expect(client.token).toBe(TOKEN);
    expect(client.target.startsWith(new URL(baseUrl).pathname)).toBe(true);
    expect(client.target).toBe(request.url.slice(new URL(baseUrl).origin.length));
  });
});
