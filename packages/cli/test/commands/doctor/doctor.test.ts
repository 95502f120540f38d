import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/index.ts';
import { captureIo } from '../../support/capture-io.ts';
import { CURRENT_SPEC, tempDir, tempFile } from '../../support/fixtures.ts';

const SECRET = 'doctor-secret-token-5f3a9c';

async function doctor(args: string[], env: Record<string, string> = {}) {
  const io = captureIo({ cwd: tempDir(), env: { XDG_CACHE_HOME: tempDir(), ...env } });
  const code = await main(['doctor', '--no-cache', ...args], io);
  return { code, out: io.out, err: io.err };
}

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2` };
}

let provider: { server: Server; url: string };
let refused: string;
beforeAll(async () => {
  provider = await listen((_request, response) => void response.writeHead(401).end('{"message":"Unauthorized"}'));
  const closed = await listen(() => {});
  refused = closed.url;
  await new Promise((done) => closed.server.close(done));
});
afterAll(() => new Promise((done) => provider.server.close(done)));

const statuses = (out: string) =>
  Object.fromEntries(
    (JSON.parse(out) as { checks: Array<{ name: string; status: string }> }).checks.map((c) => [c.name, c.status]),
  );

describe('circleci-kit doctor', () => {
  it.each([
    {
      given: 'the current spec and the embedded mock, no token',
      args: [],
      env: {},
      want: { code: 0, checks: { config: 'ok', spec: 'ok', token: 'warn', target: 'ok', client: 'ok' } },
    },
    {
      given: 'a URL target that answers 401, with a token',
      args: ['--target', 'PROVIDER'],
      env: { CIRCLECI_TOKEN: SECRET },
      want: { code: 0, checks: { config: 'ok', spec: 'ok', token: 'ok', target: 'ok', client: 'ok' } },
    },
    {
      given: 'a URL target nobody listens on',
      args: ['--target', 'REFUSED', '--timeout', '2000'],
      env: { CIRCLE_TOKEN: SECRET },
      want: { code: 3, checks: { config: 'ok', spec: 'ok', token: 'ok', target: 'unreachable', client: 'ok' } },
    },
    {
      given: 'a URL target and no token',
      args: ['--target', 'PROVIDER'],
      env: {},
      want: { code: 1, checks: { config: 'ok', spec: 'ok', token: 'fail', target: 'ok', client: 'ok' } },
    },
    {
      given: 'a spec file that does not exist',
      args: ['--spec', '/nonexistent/openapi.json'],
      env: {},
      want: { code: 1, checks: { config: 'ok', spec: 'fail', token: 'warn', target: 'fail', client: 'fail' } },
    },
  ])('$given: exit $want.code', async ({ args, env, want }) => {
    const resolved = args.map((arg) => (arg === 'PROVIDER' ? provider.url : arg === 'REFUSED' ? refused : arg));
    const { code, out } = await doctor(['--spec', CURRENT_SPEC, ...resolved, '--json'], env);
    expect({ code, checks: statuses(out) }).toEqual(want);
    expect(JSON.parse(out).exitCode).toBe(want.code);
  });

  it('exits 1 when the client was generated from another spec (an operation gone)', async () => {
    const document = JSON.parse(readFileSync(CURRENT_SPEC, 'utf8')) as { paths: Record<string, unknown> };
    delete document.paths['/me'];
    const { code, out } = await doctor(['--spec', tempFile('openapi.json', document)]);
    expect(code).toBe(1);
    expect(out).toMatch(/✗ client +generated code differs from the spec: 0 added, 1 removed/);
  });

  it('never prints the token, not even a prefix, in text or JSON', async () => {
    for (const args of [[], ['--json'], ['--target', provider.url, '--verbose']]) {
      const { out, err } = await doctor(['--spec', CURRENT_SPEC, ...args], { CIRCLECI_TOKEN: SECRET });
      expect(out).toContain('CIRCLECI_TOKEN');
      expect(`${out}${err}`).not.toContain(SECRET.slice(0, 6));
    }
  });

  it('names the spec, how it was chosen, its fingerprint and its age', async () => {
    const { out } = await doctor(['--spec', CURRENT_SPEC]);
    expect(out).toMatch(
      new RegExp(
        `✓ spec +${CURRENT_SPEC} \\(from --spec\\), v2, 110 operations, fingerprint [0-9a-f]{12}, .* old \\(file mtime\\)`,
      ),
    );
  });

  it.each([
    { given: 'FORCE_COLOR=1', env: { FORCE_COLOR: '1' }, args: [], coloured: true },
    { given: 'FORCE_COLOR=1 and NO_COLOR=1', env: { FORCE_COLOR: '1', NO_COLOR: '1' }, args: [], coloured: false },
    { given: 'no terminal', env: {}, args: [], coloured: false },
    { given: '--color', env: { NO_COLOR: '1' }, args: ['--color'], coloured: true },
  ])('colours its marks only with $given', async ({ env, args, coloured }) => {
    const { out } = await doctor(['--spec', CURRENT_SPEC, ...args], env);
    expect(out.includes('\u001b[32m✓\u001b[39m')).toBe(coloured);
  });
});
