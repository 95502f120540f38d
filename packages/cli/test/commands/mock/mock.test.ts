import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/index.ts';
import { captureIo } from '../../support/capture-io.ts';
import { CURRENT_SPEC, REPO_ROOT } from '../../support/fixtures.ts';

describe('circleci-kit mock (in-process)', () => {
  const table: Array<{ given: string[]; want: number; err?: RegExp; out?: RegExp }> = [
    {
      given: ['mock', '--help'],
      want: 0,
      out: /--fault <kind:rate>[\s\S]*Examples:[\s\S]*circleci-kit mock --port 8080/,
    },
    { given: ['mock', '--spec', CURRENT_SPEC, '--fault', 'boom:0.1'], want: 2, err: /bad fault "boom:0.1"/ },
    { given: ['mock', '--spec', CURRENT_SPEC, '--fault', 'latency:3'], want: 2, err: /RATE between 0 and 1/ },
    {
      given: ['mock', '--spec', CURRENT_SPEC, '--port', 'eighty'],
      want: 2,
      err: /option '--port <n>' argument 'eighty' is invalid\. Expected an integer between 0 and 65535\./,
    },
    { given: ['mock', '--spec', CURRENT_SPEC, '--port', '70000'], want: 2, err: /argument '70000' is invalid/ },
    { given: ['mock', '--spec', CURRENT_SPEC, '--seed', '-1'], want: 2, err: /--seed/ },
    { given: ['mock', '--spec', '/nonexistent/openapi.json', '--no-cache'], want: 2 },
    {
      given: ['mock', '--spec', CURRENT_SPEC, '--cors-origin', 'localhost:5173'],
      want: 2,
      err: /localhost:5173/,
    },
    {
      given: ['mock', '--spec', CURRENT_SPEC, '--no-cors', '--cors-origin', 'http://localhost:5173'],
      want: 2,
      err: /--no-cors and --cors-origin exclude each other/,
    },
  ];
  it.each(table)('$given → $want', async ({ given, want, err, out }) => {
    const io = captureIo({ cwd: REPO_ROOT });
    expect(await main(given, io)).toBe(want);
    if (err) expect(io.err).toMatch(err);
    if (out) expect(io.out).toMatch(out);
  });
});

describe('circleci-kit mock (a real process)', () => {
  it('prints the URL, serves the API and stops with exit code 0 on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'packages/cli/src/bin.ts',
        'mock',
        '--spec',
        CURRENT_SPEC,
        '--no-cache',
        '--seed',
        '3',
        '--fault',
        'latency:0',
        '--cors-origin',
        'http://localhost:5173',
      ],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+\/api\/v2)\n/.exec(out);
        if (match) resolve(match[1]!);
      });
      void exited.then((code) => reject(new Error(`exited ${code} before listening: ${stderr}`)));
    });
    const me = await fetch(`${url}/me`, { headers: { 'Circle-Token': 'x' } });
    expect(me.status).toBe(200);
    const trigger = await fetch(`${url}/project/gh/acme/api/pipeline`, {
      method: 'POST',
      headers: { 'Circle-Token': 'x', 'content-type': 'application/json' },
      body: '{"branch":"main"}',
    });
    expect(await trigger.json()).toMatchObject({ number: 1, state: 'created' });
    const preflight = (origin: string) =>
      fetch(`${url}/me`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'circle-token' },
      });
    const allowed = await preflight('http://localhost:5173');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const refused = await preflight('http://evil.example');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('stopped on SIGTERM');
  });
});
