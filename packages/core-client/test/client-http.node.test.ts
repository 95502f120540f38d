import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CircleCIError, createClient, type ClientOptions, type RetryContext } from '../src/index.ts';
import { header, startScriptedServer, type ScriptedServer } from './support/scripted-server.ts';

const TOKEN = 'b4c5d6e7f8-real-server-token';
let server: ScriptedServer;

beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

function client(extra: Omit<ClientOptions, 'throwOnError'> = {}) {
  return createClient({ token: TOKEN, baseUrl: server.baseUrl, retry: { baseDelayMs: 5, maxDelayMs: 20 }, ...extra });
}

describe('against a real server on 127.0.0.1: retries', () => {
  it('waits out a 429 with Retry-After in seconds, then a 503 with backoff, and succeeds', async () => {
    server.play([
      { status: 429, headers: { 'retry-after': '1' }, body: { message: 'Rate limit exceeded' } },
      { status: 503, body: { message: 'unavailable' } },
      { status: 200, body: { id: 'u1', login: 'me', name: 'Me' } },
    ]);
    const retries: RetryContext[] = [];
    const started = Date.now();
    const result = await client({ hooks: { beforeRetry: [(c) => void retries.push(c)] } }).getCurrentUser();
    expect(result.data.login).toBe('me');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(retries.map((r) => [r.attempt, r.status, r.fromRetryAfter])).toEqual([
      [1, 429, true],
      [2, 503, false],
    ]);
    expect(server.received).toHaveLength(3);
    expect(server.received.every((r) => header(r, 'circle-token') === TOKEN)).toBe(true);
  });

  it('honours Retry-After given as an HTTP-date', async () => {
    server.play([
      { status: 429, headers: { 'retry-after': new Date(Date.now() + 1500).toUTCString() } },
      { status: 200, body: { id: 'u1' } },
    ]);
    const retries: RetryContext[] = [];
    await client({ hooks: { beforeRetry: [(c) => void retries.push(c)] } }).getCurrentUser();
    expect(retries[0]!.fromRetryAfter).toBe(true);
    expect(retries[0]!.delayMs).toBeGreaterThan(0);
    expect(retries[0]!.delayMs).toBeLessThanOrEqual(1500);
  });

  it('fails at once with RETRY_AFTER_TOO_LONG when asked to wait past maxRetryAfterMs', async () => {
    server.play([
      { status: 429, headers: { 'retry-after': '120', 'x-request-id': 'rq-9' }, body: { message: 'Slow down' } },
    ]);
    const error = await client({ retry: { maxRetryAfterMs: 5000 } })
      .getCurrentUser()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CircleCIError);
    expect((error as CircleCIError).toJSON()).toMatchObject({
      code: 'RETRY_AFTER_TOO_LONG',
      status: 429,
      requestId: 'rq-9',
      retryAfterMs: 120_000,
    });
    expect(server.received).toHaveLength(1);
  });

  it('gives up on a 503 streak after maxRetries, and never resends triggerPipeline', async () => {
    server.play([{ status: 503, body: { message: 'unavailable' } }]);
    const error = (await client()
      .getCurrentUser()
      .catch((e: unknown) => e)) as CircleCIError;
    expect([error.status, error.attempts, server.received.length]).toEqual([503, 4, 4]);
    server.play([{ status: 503 }, { status: 201, body: { id: 'p', number: 1, state: 'created', created_at: '' } }]);
    const trigger = client().triggerPipeline({ projectSlug: 'gh/acme/api', body: { branch: 'dev' } });
    expect(((await trigger.catch((e: unknown) => e)) as CircleCIError).status).toBe(503);
    expect(server.received).toHaveLength(1);
  });

  it('retries a dropped connection on GET', async () => {
    server.play([
      { status: 0, destroy: true },
      { status: 200, body: { id: 'u1' } },
    ]);
    expect((await client().getCurrentUser()).status).toBe(200);
    expect(server.received).toHaveLength(2);
  });
});

describe('against a real server on 127.0.0.1: timeouts', () => {
  it('abandons a slow attempt after timeoutMs and retries it', async () => {
    server.play([
      { status: 200, delayMs: 400, body: { slow: true } },
      { status: 200, body: { id: 'fast' } },
    ]);
    const result = await client({ timeoutMs: 100 }).getCurrentUser();
    expect(result.data).toEqual({ id: 'fast' });
  });

  it('fails with TIMEOUT when every attempt is slow, and a per-call timeoutMs wins', async () => {
    server.play([{ status: 200, delayMs: 300, body: {} }]);
    const error = (await client({ timeoutMs: 10_000 })
      .getCurrentUser(undefined, { timeoutMs: 50, retry: 1 })
      .catch((e: unknown) => e)) as CircleCIError;
    expect([error.code, error.attempts]).toEqual(['TIMEOUT', 2]);
  });

  it('stops when the caller aborts mid-wait', async () => {
    server.play([{ status: 429, headers: { 'retry-after': '30' } }]);
    const controller = new AbortController();
    const retries: RetryContext[] = [];
    // Aborts once the 30 s wait has begun: beforeRetry runs just before it, and setImmediate after its start.
    const abortInWait = (context: RetryContext) => {
      retries.push(context);
      setImmediate(() => controller.abort());
    };
    const started = Date.now();
    const error = (await client({ hooks: { beforeRetry: [abortInWait] } })
      .getCurrentUser(undefined, { signal: controller.signal })
      .catch((e: unknown) => e)) as CircleCIError;
    expect(error.code).toBe('ABORTED');
    expect(retries.map((r) => [r.status, r.delayMs, r.fromRetryAfter])).toEqual([[429, 30_000, true]]);
    expect(server.received).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('against a real server on 127.0.0.1: pagination', () => {
  const pages: Record<string, { items: Array<{ id: string }>; next_page_token: string | null }> = {
    '': { items: [{ id: '1' }, { id: '2' }], next_page_token: 'p2' },
    p2: { items: [{ id: '3' }], next_page_token: 'p3' },
    p3: { items: [{ id: '4' }, { id: '5' }], next_page_token: null },
  };

  it('follows next_page_token through 429s and 503s until it is null', async () => {
    server.play((request, index) => {
      if (index === 1) return { status: 429, headers: { 'retry-after': '0' } };
      if (index === 3) return { status: 503 };
      const token = new URL(request.url, 'http://x').searchParams.get('page-token') ?? '';
      return { status: 200, body: pages[token] };
    });
    const ids: string[] = [];
    for await (const pipeline of client().paginate('listPipelinesForProject', {
      projectSlug: 'gh/acme/api',
      branch: 'main',
    })) {
      ids.push(pipeline.id);
    }
    expect(ids).toEqual(['1', '2', '3', '4', '5']);
    expect(server.received.map((r) => r.url)).toEqual([
      '/api/v2/project/gh/acme/api/pipeline?branch=main',
      '/api/v2/project/gh/acme/api/pipeline?branch=main&page-token=p2',
      '/api/v2/project/gh/acme/api/pipeline?branch=main&page-token=p2',
      '/api/v2/project/gh/acme/api/pipeline?branch=main&page-token=p3',
      '/api/v2/project/gh/acme/api/pipeline?branch=main&page-token=p3',
    ]);
  });

  it('stops at maxPages and guards against a server repeating a token', async () => {
    server.play([{ status: 200, body: { items: [{ id: 'x' }], next_page_token: 'same' } }]);
    const seen: unknown[] = [];
    for await (const page of client().paginate('listPipelines', {}, { maxPages: 1 }).pages()) seen.push(page);
    expect(seen).toHaveLength(1);
    const error = await (async () => {
      // Paging on is what meets the repeated token.
      for await (const _ of client().paginate('listPipelines', {})) continue;
    })().catch((e: unknown) => e);
    expect((error as CircleCIError).code).toBe('REPEATED_PAGE_TOKEN');
  });
});

describe('against a real server on 127.0.0.1: the token never leaks', () => {
  it.each(['header', 'basic', 'query'] as const)(
    'auth %s: util.inspect, toString and JSON of errors and the client',
    async (auth) => {
      const { inspect } = await import('node:util');
      server.play([{ status: 403, body: { message: 'Permission denied' } }]);
      const warnings: string[] = [];
      const c = client({ auth, onWarning: (m) => warnings.push(m) });
      const error = (await c.getCurrentUser().catch((e: unknown) => e)) as CircleCIError;
      const shown = [
        inspect(error, { depth: 10, showHidden: true }),
        String(error),
        JSON.stringify(error),
        inspect(c, { depth: 10 }),
      ];
      for (const text of shown) expect(text).not.toContain(TOKEN);
      expect(error.url).toBe(auth === 'query' ? `${server.baseUrl}/me?circle-token=***` : `${server.baseUrl}/me`);
      expect(warnings).toHaveLength(auth === 'query' ? 1 : 0);
    },
  );
});
