/**
 * The seed's curl examples, sent once by curl and once by the client to the
 * same capture server on 127.0.0.1, compared on the wire: method, path and
 * query, body bytes, and the auth and content-type headers.
 *
 * Headers that legitimately differ, and are left out of the comparison:
 * `User-Agent` (curl/x.y vs circleci-kit-core-client), `Accept` (curl sends
 * `*` + `/*`, the client `application/json`), and what Node's fetch adds on
 * its own (`Accept-Encoding`, `Accept-Language`, `Sec-Fetch-Mode`,
 * `Connection: keep-alive`). Header names are compared case-insensitively,
 * as HTTP defines them (curl writes `Circle-Token`, fetch `circle-token`).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../src/index.ts';
import { header, startScriptedServer, type Received, type ScriptedServer } from './support/scripted-server.ts';

const TOKEN = '0123456789abcdef0123456789abcdef01234567';
let server: ScriptedServer;

beforeAll(async () => {
  server = await startScriptedServer();
  server.play([{ status: 200, body: { ok: true } }]);
});
afterAll(() => server.close());

/** Runs the real curl binary (asynchronously: the capture server lives in this process). */
async function curl(args: string[]): Promise<Received> {
  server.play([{ status: 200, body: {} }]);
  await promisify(execFile)('curl', ['--silent', '--show-error', '--fail', '--max-time', '20', ...args]);
  return server.received[0]!;
}

async function viaClient(
  send: (client: ReturnType<typeof createClient>) => Promise<unknown>,
  auth: 'header' | 'basic',
) {
  server.play([
    { status: 200, body: {} },
    { status: 201, body: {} },
  ]);
  await send(createClient({ token: TOKEN, auth, baseUrl: server.baseUrl, retry: false }));
  return server.received[0]!;
}

function wire(request: Received) {
  return {
    method: request.method,
    url: request.url,
    body: request.body.toString('hex'),
    authorization: header(request, 'authorization'),
    circleToken: header(request, 'circle-token'),
    contentType: header(request, 'content-type'),
    contentLength: header(request, 'content-length'),
  };
}

describe('byte for byte with curl', () => {
  it('GET /me with basic auth equals curl -u TOKEN:', async () => {
    const byCurl = await curl(['-u', `${TOKEN}:`, `${server.baseUrl}/me`]);
    const byClient = await viaClient((c) => c.getCurrentUser(), 'basic');
    expect(wire(byClient)).toEqual(wire(byCurl));
    expect(header(byClient, 'authorization')).toBe(`Basic ${Buffer.from(`${TOKEN}:`).toString('base64')}`);
  });

  it.each([
    {
      name: 'with pipeline parameters',
      body: { parameters: { myparam: './myspecialdir', myspecialversion: '4.8.2' } },
      data: '{"parameters":{"myparam":"./myspecialdir","myspecialversion":"4.8.2"}}',
    },
    { name: 'with a branch', body: { branch: 'dev' }, data: '{"branch":"dev"}' },
  ])('triggerPipeline $name equals curl -X POST -d', async ({ body, data }) => {
    const slug = 'gh/CircleCI-Public/api-preview-docs';
    const byCurl = await curl([
      '-X',
      'POST',
      '--header',
      'Content-Type: application/json',
      '--header',
      `Circle-Token: ${TOKEN}`,
      '-d',
      data,
      `${server.baseUrl}/project/${slug}/pipeline`,
    ]);
    const byClient = await viaClient((c) => c.triggerPipeline({ projectSlug: slug, body }), 'header');
    expect(wire(byClient)).toEqual(wire(byCurl));
    expect(byClient.body.toString()).toBe(data);
  });

  it("listing a project's recent pipelines equals curl with the branch in the query", async () => {
    const byCurl = await curl([
      '--header',
      `Circle-Token: ${TOKEN}`,
      `${server.baseUrl}/project/gh/CircleCI-Public/api-preview-docs/pipeline?branch=main`,
    ]);
    const byClient = await viaClient(
      (c) => c.listPipelinesForProject({ projectSlug: 'github/CircleCI-Public/api-preview-docs', branch: 'main' }),
      'header',
    );
    expect(wire(byClient)).toEqual(wire(byCurl));
    expect(byClient.url).toBe('/api/v2/project/gh/CircleCI-Public/api-preview-docs/pipeline?branch=main');
  });
});
