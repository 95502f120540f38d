import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { MockServerError, startMockServer, type CorsOptions, type MockServer } from '@circleci-kit/mock-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corsHeaders, corsPolicy, preflight } from '../src/cors.ts';
import { currentSpec } from './support/spec.ts';

const PAGE = 'http://localhost:5173';
const OTHER = 'https://evil.example';
const ANY = corsPolicy({})!;
const LISTED = corsPolicy({ origins: [PAGE, 'https://dash.example.com/'], maxAge: 60 })!;

describe('corsPolicy', () => {
  const table: Array<{
    given: CorsOptions | false | undefined;
    want: { origins: '*' | string[]; maxAge: number } | 'off' | 'error';
  }> = [
    { given: undefined, want: { origins: '*', maxAge: 600 } },
    { given: {}, want: { origins: '*', maxAge: 600 } },
    { given: { origins: '*', maxAge: 0 }, want: { origins: '*', maxAge: 0 } },
    { given: false, want: 'off' },
    { given: { origins: [] }, want: { origins: [], maxAge: 600 } },
    { given: { origins: ['HTTP://LocalHost:5173/'] }, want: { origins: [PAGE], maxAge: 600 } },
    {
      given: { origins: ['https://a.example:443', 'null'] },
      want: { origins: ['https://a.example', 'null'], maxAge: 600 },
    },
    { given: { origins: ['localhost:5173'] }, want: 'error' },
    { given: { origins: ['http://localhost:5173/app'] }, want: 'error' },
    { given: { origins: ['http://user@localhost:5173'] }, want: 'error' },
    { given: { origins: ['file:///tmp/page.html'] }, want: 'error' },
    { given: { origins: [''] }, want: 'error' },
    { given: { maxAge: -1 }, want: 'error' },
    { given: { maxAge: 1.5 }, want: 'error' },
  ];
  it.each(table)('$given → $want', ({ given, want }) => {
    if (want === 'error') expect(() => corsPolicy(given)).toThrow(MockServerError);
    else if (want === 'off') expect(corsPolicy(given)).toBeUndefined();
    else {
      const policy = corsPolicy(given)!;
      expect(policy.maxAge).toBe(want.maxAge);
      expect(policy.origins === '*' ? '*' : [...policy.origins]).toEqual(want.origins);
    }
  });
});

describe('preflight', () => {
  const asked = (origin: string, method = 'POST', headers?: string) => ({
    origin,
    'access-control-request-method': method,
    ...(headers === undefined ? {} : { 'access-control-request-headers': headers }),
  });
  const table = [
    {
      name: 'any origin, headers asked for',
      policy: ANY,
      headers: asked(OTHER, 'POST', 'Circle-Token, Content-Type, X-Trace'),
      want: {
        status: 204,
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE',
        'access-control-allow-headers': 'circle-token, authorization, content-type, x-trace',
        'access-control-max-age': '600',
        vary: 'origin, access-control-request-method, access-control-request-headers',
      },
    },
    {
      name: 'a listed origin is echoed',
      policy: LISTED,
      headers: asked(PAGE, 'DELETE'),
      want: {
        status: 204,
        'access-control-allow-origin': PAGE,
        'access-control-allow-headers': 'circle-token, authorization, content-type',
        'access-control-max-age': '60',
      },
    },
    { name: 'an origin not listed is refused', policy: LISTED, headers: asked(OTHER), want: { status: 403 } },
    {
      name: 'a method the API never uses is refused',
      policy: ANY,
      headers: asked(PAGE, 'TRACE'),
      want: { status: 403 },
    },
  ];
  it.each(table)('$name', ({ policy, headers, want }) => {
    const answer = preflight(policy, 'OPTIONS', headers)!;
    const { status, ...wantHeaders } = want;
    expect(answer.status).toBe(status);
    expect(answer.headers).toMatchObject(wantHeaders);
    if (status === 403) {
      expect(answer.headers).not.toHaveProperty('access-control-allow-origin');
      expect(JSON.parse(answer.body.toString())).toEqual({ message: expect.stringMatching(/^CORS: .* not allowed/) });
    }
  });

  it.each([
    { method: 'GET', headers: asked(PAGE) },
    { method: 'OPTIONS', headers: { origin: PAGE } },
    { method: 'OPTIONS', headers: { 'access-control-request-method': 'GET' } },
  ])('is not a preflight: $method $headers', ({ method, headers }) => {
    expect(preflight(ANY, method, headers)).toBeUndefined();
  });
});

describe('corsHeaders', () => {
  const exposed = 'retry-after, allow';
  const table = [
    {
      policy: ANY,
      origin: PAGE,
      want: { 'access-control-allow-origin': '*', 'access-control-expose-headers': exposed },
    },
    {
      policy: ANY,
      origin: undefined,
      want: { 'access-control-allow-origin': '*', 'access-control-expose-headers': exposed },
    },
    {
      policy: LISTED,
      origin: PAGE,
      want: { vary: 'origin', 'access-control-allow-origin': PAGE, 'access-control-expose-headers': exposed },
    },
    {
      policy: LISTED,
      origin: 'https://dash.example.com',
      want: {
        vary: 'origin',
        'access-control-allow-origin': 'https://dash.example.com',
        'access-control-expose-headers': exposed,
      },
    },
    { policy: LISTED, origin: OTHER, want: { vary: 'origin' } },
    { policy: LISTED, origin: undefined, want: { vary: 'origin' } },
  ];
  it.each(table)('$origin → $want', ({ policy, origin, want }) => {
    expect(corsHeaders(policy, origin)).toEqual(want);
  });
});

/** The CORS headers of an answer, by name. */
function corsOf(response: Response): Record<string, string> {
  return Object.fromEntries(
    [...response.headers].filter(([name]) => name.startsWith('access-control-') || name === 'vary'),
  );
}

describe('CORS over HTTP', () => {
  let any: MockServer;
  let listed: MockServer;
  let off: MockServer;
  let limited: MockServer;
  beforeAll(async () => {
    const spec = await currentSpec();
    [any, listed, off, limited] = await Promise.all([
      startMockServer({ spec, tokens: ['t'] }),
      startMockServer({ spec, tokens: ['t'], cors: { origins: [PAGE] } }),
      startMockServer({ spec, cors: false }),
      startMockServer({ spec, faults: { 'rate-limit': 1 } }),
    ]);
  });
  afterAll(() => Promise.all([any, listed, off, limited].map((mock) => mock.close())));

  const options = (origin: string, method = 'GET'): RequestInit => ({
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'circle-token' },
  });

  it('answers a preflight with 204 and what the browser asked for', async () => {
    const response = await fetch(`${any.url}/project/gh/acme/api/pipeline`, options(PAGE, 'POST'));
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(corsOf(response)).toMatchObject({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': expect.stringContaining('POST'),
      'access-control-allow-headers': expect.stringContaining('circle-token'),
      'access-control-max-age': '600',
      vary: expect.stringContaining('origin'),
    });
  });

  it('refuses the preflight of an origin not listed, saying why', async () => {
    const response = await fetch(`${listed.url}/me`, options(OTHER));
    expect(response.status).toBe(403);
    expect(corsOf(response)).not.toHaveProperty('access-control-allow-origin');
    expect(await response.json()).toEqual({ message: `CORS: origin ${OTHER} is not allowed by this mock server` });
    expect((await fetch(`${listed.url}/me`, options(PAGE))).headers.get('access-control-allow-origin')).toBe(PAGE);
  });

  const calls: Array<{ name: string; path: string; init: RequestInit; status: number }> = [
    { name: 'a success', path: '/me', init: { headers: { 'circle-token': 't' } }, status: 200 },
    { name: 'a 401', path: '/me', init: { headers: { 'circle-token': 'wrong' } }, status: 401 },
    { name: 'a 404', path: '/no/such/route', init: { headers: { 'circle-token': 't' } }, status: 404 },
    { name: 'a 405', path: '/me', init: { method: 'DELETE', headers: { 'circle-token': 't' } }, status: 405 },
    {
      name: 'a 400',
      path: '/project/gh/acme/api/pipeline',
      init: { method: 'POST', headers: { 'circle-token': 't', 'content-type': 'application/json' }, body: '{' },
      status: 400,
    },
  ];
  it.each(calls)('puts the headers on $name ($status)', async ({ path, init, status }) => {
    const withOrigin = (origin: string): RequestInit => ({
      ...init,
      headers: { ...(init.headers as Record<string, string>), origin },
    });
    const open = await fetch(`${any.url}${path}`, withOrigin(OTHER));
    expect(open.status).toBe(status);
    expect(corsOf(open)).toEqual({
      'access-control-allow-origin': '*',
      'access-control-expose-headers': 'retry-after, allow',
    });
    const mine = await fetch(`${listed.url}${path}`, withOrigin(PAGE));
    expect(mine.status).toBe(status);
    expect(corsOf(mine)).toEqual({
      'access-control-allow-origin': PAGE,
      'access-control-expose-headers': 'retry-after, allow',
      vary: 'origin',
    });
    const theirs = await fetch(`${listed.url}${path}`, withOrigin(OTHER));
    expect(theirs.status).toBe(status);
    expect(corsOf(theirs)).toEqual({ vary: 'origin' });
  });

  it('puts them on a fault too, and lets the page read Retry-After', async () => {
    const response = await fetch(`${limited.url}/me`, { headers: { 'circle-token': 't', origin: PAGE } });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(corsOf(response)).toEqual({
      'access-control-allow-origin': '*',
      'access-control-expose-headers': 'retry-after, allow',
    });
  });

  it('a preflight takes no fault', async () => {
    const response = await fetch(`${limited.url}/me`, options(PAGE));
    expect(response.status).toBe(204);
  });

  it('sends nothing with cors: false, and OPTIONS stays 405', async () => {
    const preflighted = await fetch(`${off.url}/me`, options(PAGE));
    expect(preflighted.status).toBe(405);
    expect(corsOf(preflighted)).toEqual({});
    const called = await fetch(`${off.url}/me`, { headers: { 'circle-token': 't', origin: PAGE } });
    expect(called.status).toBe(200);
    expect(corsOf(called)).toEqual({});
  });

  it('refuses bad options when starting', async () => {
    const spec = await currentSpec();
    await expect(startMockServer({ spec, cors: { origins: ['localhost:5173'] } })).rejects.toThrow(
      /cors.origins: "localhost:5173" is not an origin/,
    );
  });

  const curl = '/usr/bin/curl';
  it.skipIf(!existsSync(curl))(
    existsSync(curl) ? 'answers the preflight curl sends' : 'answers curl (skipped: /usr/bin/curl is missing)',
    async () => {
      const { stdout } = await promisify(execFile)(
        curl,
        [
          '--silent',
          '--show-error',
          '--include',
          '--request',
          'OPTIONS',
          '--header',
          `Origin: ${PAGE}`,
          '--header',
          'Access-Control-Request-Method: POST',
          '--header',
          'Access-Control-Request-Headers: circle-token,content-type',
          `${listed.url}/project/gh/acme/api/pipeline`,
        ],
        { encoding: 'utf8', timeout: 20_000 },
      );
      const [head = ''] = stdout.split('\r\n\r\n');
      const [statusLine, ...lines] = head.split('\r\n');
      expect(statusLine).toMatch(/^HTTP\/1\.1 204 /);
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      expect(headers).toMatchObject({
        'access-control-allow-origin': PAGE,
        'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE',
        'access-control-allow-headers': 'circle-token, authorization, content-type',
        'access-control-max-age': '600',
        vary: 'origin, access-control-request-method, access-control-request-headers',
      });
    },
  );
});
