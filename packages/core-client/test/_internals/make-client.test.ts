import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeClient, type ApiFailure } from '../../src/_internals/make-client.ts';
import { CircleCIError } from '../../src/circleci-error.ts';
import type { ApiResponse, ClientOptions } from '../../src/client-options.ts';
import type { AttemptContext, ResponseView, RetryContext } from '../../src/hooks.ts';
import { RequestValidationError } from '../../src/request-validation-error.ts';
import { table } from '../support/table.ts';
import { scriptedFetch, type Step } from '../support/scripted-fetch.ts';

const TOKEN = 'a1b2c3d4e5f6-secret-token';
const baseUrl = 'http://127.0.0.1:9/api/v2';

type Call = (
  params?: Record<string, unknown>,
  options?: Record<string, unknown>,
) => Promise<ApiResponse<unknown> | ApiFailure>;

function setup(steps: Step[], options: ClientOptions = {}) {
  const scripted = scriptedFetch(steps);
  const client = makeClient(table, 'f'.repeat(64), {
    token: TOKEN,
    baseUrl,
    fetch: scripted.fetch,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...options,
  });
  const method = (name: string) => client[name] as Call;
  return { client, method, sent: scripted.sent };
}

async function rejection(promise: Promise<unknown>): Promise<CircleCIError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CircleCIError);
  return error as CircleCIError;
}

describe('client: results and errors', () => {
  it('resolves to { ok, status, data, headers } and sends Circle-Token', async () => {
    const { method, sent } = setup([{ status: 200, body: { login: 'me' }, headers: { 'x-request-id': 'r1' } }]);
    const result = await method('getCurrentUser')();
    expect(result).toEqual({
      ok: true,
      status: 200,
      data: { login: 'me' },
      headers: { 'content-type': 'application/json', 'x-request-id': 'r1' },
    });
    expect(sent[0]).toMatchObject({ method: 'GET', url: `${baseUrl}/me` });
    expect(sent[0]!.headers['circle-token']).toBe(TOKEN);
    expect(sent[0]!.headers['user-agent']).toBe('circleci-kit-core-client');
  });

  it('throws CircleCIError with the body message, status, operation, method, url, body and request id', async () => {
    const body = { message: 'Project not found' };
    const { method } = setup([{ status: 404, body, headers: { 'x-request-id': 'req-42' } }]);
    const error = await rejection(method('listPipelinesForProject')({ projectSlug: 'gh/a/b' }));
    expect(error.toJSON()).toEqual({
      name: 'CircleCIError',
      code: 'HTTP_ERROR',
      message: `CircleCI answered 404 to listPipelinesForProject (GET ${baseUrl}/project/gh/a/b/pipeline): Project not found`,
      status: 404,
      operationId: 'listPipelinesForProject',
      method: 'GET',
      url: `${baseUrl}/project/gh/a/b/pipeline`,
      body,
      requestId: 'req-42',
      attempts: 1,
      retryAfterMs: undefined,
    });
  });

  it('returns a discriminated union with throwOnError: false', async () => {
    const { method } = setup([{ status: 401, body: { message: 'You must log in first.' } }], { throwOnError: false });
    const result = (await method('getCurrentUser')()) as ApiFailure;
    expect(result.ok).toBe(false);
    expect(result.status).toBe(401);
    expect(result.error.message).toMatch(/You must log in first\.$/);
  });

  it('still throws RequestValidationError before sending, even with throwOnError: false', async () => {
    const { method, sent } = setup([{ status: 200 }], { throwOnError: false });
    await expect(method('triggerPipeline')({})).rejects.toBeInstanceOf(RequestValidationError);
    expect(sent).toEqual([]);
  });

  it('has a generic request() and rejects unknown operations with a suggestion', async () => {
    const { client } = setup([{ status: 200, body: { ok: 1 } }]);
    expect((await client.request('getCurrentUser')).ok).toBe(true);
    await expect(client.request('GETCURRENTUSER')).rejects.toThrow(/did you mean getCurrentUser/);
  });

  it('has requestUnchecked, which checks the call when made and sends nothing wrong', async () => {
    const { client, sent } = setup([{ status: 200, body: { ok: 1 } }]);
    await expect(client.requestUnchecked('getNoSuchThing')).rejects.toThrow(/unknown operation/);
    const wrongType = client.requestUnchecked('getJobDetails', { projectSlug: 'gh/a/b', jobNumber: true });
    await expect(wrongType).rejects.toThrow(
      /jobNumber \(job-number\): expected a string or a finite number, got a boolean/,
    );
    await expect(client.requestUnchecked('listPipelines', { org_slug: 'gh/a' })).rejects.toThrow(
      /org_slug: unknown parameter; did you mean orgSlug\?/,
    );
    expect(sent).toEqual([]);
    expect((await client.requestUnchecked('getJobDetails', { projectSlug: 'gh/a/b', jobNumber: 7 })).ok).toBe(true);
    expect(sent.map((request) => request.url)).toEqual([`${baseUrl}/project/gh/a/b/job/7`]);
  });
});

describe('client: the token never leaks', () => {
  it.each(['header', 'basic', 'query'] as const)(
    'auth %s: errors, hooks and the client object hide it',
    async (auth) => {
      const views: string[] = [];
      const warnings: string[] = [];
      const record = (context: AttemptContext) => void views.push(JSON.stringify(context));
      const { client, method, sent } = setup(
        [{ status: 503 }, { status: 500, body: { message: `bad token ${TOKEN}`, echo: [TOKEN] } }],
        {
          auth,
          onWarning: (m) => warnings.push(m),
          hooks: {
            beforeRequest: [record],
            beforeRetry: [record],
            afterResponse: [record],
            onError: [(e) => void views.push(JSON.stringify(e))],
          },
        },
      );
      const error = await rejection(method('getCurrentUser')());
      expect(sent).toHaveLength(2);
      const shown = [
        String(error),
        error.stack,
        JSON.stringify(error),
        JSON.stringify(error.body),
        inspect(client),
        JSON.stringify(client),
        ...views,
      ].join('\n');
      expect(shown).not.toContain(TOKEN);
      expect(shown).toContain('***');
      expect(warnings).toHaveLength(auth === 'query' ? 1 : 0);
    },
  );

  it('shows the request to hooks redacted and lets beforeRequest add headers', async () => {
    const seen: AttemptContext[] = [];
    const { method, sent } = setup([{ status: 200 }], {
      auth: 'basic',
      hooks: { beforeRequest: [(context) => void seen.push(context), () => ({ 'x-trace': 't' })] },
    });
    await method('getCurrentUser')();
    expect(seen[0]!.request.headers).toEqual({
      accept: 'application/json',
      'user-agent': 'circleci-kit-core-client',
      authorization: 'Basic ***',
    });
    expect(sent[0]!.headers['x-trace']).toBe('t');
    expect(sent[0]!.headers['authorization']).toBe('Basic YTFiMmMzZDRlNWY2LXNlY3JldC10b2tlbjo=');
  });
});

describe('client: retries', () => {
  it('retries 502, 503, 504 and network errors on GET with every retry shown to hooks', async () => {
    const retries: RetryContext[] = [];
    const responses: number[] = [];
    const { method, sent } = setup([{ status: 502 }, { fail: 'network' }, { status: 504 }, { status: 200, body: {} }], {
      hooks: {
        beforeRetry: [(context) => void retries.push(context)],
        afterResponse: [(_context, response: ResponseView) => void responses.push(response.status)],
      },
    });
    expect((await method('getCurrentUser')()).status).toBe(200);
    expect(sent).toHaveLength(4);
    expect(retries.map((r) => [r.attempt, r.reason, r.status, r.error.code])).toEqual([
      [1, 'status', 502, 'HTTP_ERROR'],
      [2, 'network', undefined, 'NETWORK_ERROR'],
      [3, 'status', 504, 'HTTP_ERROR'],
    ]);
    expect(retries.every((r) => r.delayMs >= 0 && r.delayMs <= 5 && !r.fromRetryAfter)).toBe(true);
    expect(responses).toEqual([502, 504, 200]);
  });

  it('gives up after maxRetries with the last error and the attempt count', async () => {
    const { method, sent } = setup([{ status: 503, body: { message: 'busy' } }], {
      retry: { maxRetries: 2, baseDelayMs: 1 },
    });
    const error = await rejection(method('getCurrentUser')());
    expect([error.status, error.attempts, sent.length]).toEqual([503, 3, 3]);
  });

  it('never sends triggerPipeline twice by default, but retries when the call opts in', async () => {
    const first = setup([{ status: 503 }, { status: 201, body: { id: 'p' } }]);
    const params = { projectSlug: 'gh/a/b', body: { branch: 'dev' } };
    expect((await rejection(first.method('triggerPipeline')(params))).status).toBe(503);
    expect(first.sent).toHaveLength(1);
    const second = setup([{ status: 503 }, { status: 201, body: { id: 'p' } }]);
    expect((await second.method('triggerPipeline')(params, { retry: { unsafeMethods: true } })).status).toBe(201);
    expect(second.sent).toHaveLength(2);
  });

  it('honours Retry-After on 429 and 503, and fails clearly when it asks for longer than maxRetryAfterMs', async () => {
    const retries: RetryContext[] = [];
    const ok = setup([{ status: 429, headers: { 'retry-after': '0' } }, { status: 200 }], {
      hooks: { beforeRetry: [(c) => void retries.push(c)] },
    });
    expect((await ok.method('getCurrentUser')()).status).toBe(200);

    const unavailable = setup([{ status: 503, headers: { 'retry-after': '0' } }, { status: 200 }], {
      hooks: { beforeRetry: [(c) => void retries.push(c)] },
    });
    expect((await unavailable.method('getCurrentUser')()).status).toBe(200);
    expect(retries.map((r) => [r.status, r.delayMs, r.fromRetryAfter])).toEqual([
      [429, 0, true],
      [503, 0, true],
    ]);

    const long = setup([{ status: 429, headers: { 'retry-after': '3600' }, body: { message: 'Too many' } }]);
    const error = await rejection(long.method('getCurrentUser')());
    expect(long.sent).toHaveLength(1);
    expect(error.code).toBe('RETRY_AFTER_TOO_LONG');
    expect(error.retryAfterMs).toBe(3_600_000);
    expect(error.message).toMatch(/asked to wait 3600 s before retrying, more than retry.maxRetryAfterMs \(60000 ms\)/);
  });

  it('does not retry other statuses, or anything with retry: false', async () => {
    const a = setup([{ status: 500 }, { status: 200 }]);
    await rejection(a.method('getCurrentUser')());
    const b = setup([{ status: 503 }, { status: 200 }], { retry: false });
    await rejection(b.method('getCurrentUser')());
    expect([a.sent.length, b.sent.length]).toEqual([1, 1]);
  });

  it('lets onError replace the error', async () => {
    const { method } = setup([{ status: 400 }], { hooks: { onError: [(e) => new Error(`wrapped ${e.status}`)] } });
    await expect(method('getCurrentUser')()).rejects.toThrow('wrapped 400');
  });
});

describe('client: timeouts and signals', () => {
  it('times out each attempt and retries idempotent calls', async () => {
    const { method, sent } = setup([{ hang: true }, { status: 200, body: {} }], { timeoutMs: 20 });
    expect((await method('getCurrentUser')()).status).toBe(200);
    expect(sent).toHaveLength(2);
  });

  it('fails with TIMEOUT once retries are spent', async () => {
    const { method } = setup([{ hang: true }], { timeoutMs: 10, retry: { maxRetries: 1, baseDelayMs: 1 } });
    const error = await rejection(method('getCurrentUser')());
    expect([error.code, error.attempts]).toEqual(['TIMEOUT', 2]);
    expect(error.message).toContain('timed out after 10 ms');
  });

  it('stops at once when the caller aborts, without retrying', async () => {
    const controller = new AbortController();
    const { method, sent } = setup([{ hang: true }]);
    const pending = method('getCurrentUser')({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    expect((await rejection(pending)).code).toBe('ABORTED');
    expect(sent).toHaveLength(1);
  });
});

describe('client: pagination', () => {
  const page = (items: number[], next: string | null) => ({ status: 200, body: { items, next_page_token: next } });

  it('iterates items across pages and stops on a null token', async () => {
    const { client, sent } = setup([page([1, 2], 't2'), page([3], 't3'), page([4], null)]);
    const items: unknown[] = [];
    for await (const item of client.paginate('listPipelinesForProject', { projectSlug: 'gh/a/b', branch: 'main' }))
      items.push(item);
    expect(items).toEqual([1, 2, 3, 4]);
    expect(sent.map((s) => s.url.replace(baseUrl, ''))).toEqual([
      '/project/gh/a/b/pipeline?branch=main',
      '/project/gh/a/b/pipeline?branch=main&page-token=t2',
      '/project/gh/a/b/pipeline?branch=main&page-token=t3',
    ]);
  });

  it('stops on an empty token, and pages() yields whole pages', async () => {
    const { client } = setup([page([1], 'x'), page([2], '')]);
    const pages: unknown[] = [];
    for await (const p of client.paginate('listPipelines', {}).pages()) pages.push(p);
    expect(pages).toEqual([
      { items: [1], next_page_token: 'x' },
      { items: [2], next_page_token: '' },
    ]);
  });

  it.each([
    { bound: { maxPages: 2 }, want: [1, 2, 3, 4], fetched: 2 },
    { bound: { maxItems: 3 }, want: [1, 2, 3], fetched: 2 },
    { bound: { maxItems: 1 }, want: [1], fetched: 1 },
  ])('bounds with $bound', async ({ bound, want, fetched }) => {
    const { client, sent } = setup([page([1, 2], 'a'), page([3, 4], 'b'), page([5], null)]);
    const items: unknown[] = [];
    for await (const item of client.paginate('listPipelines', {}, bound)) items.push(item);
    expect(items).toEqual(want);
    expect(sent).toHaveLength(fetched);
  });

  it('guards against a repeated token', async () => {
    const { client, sent } = setup([page([1], 'a'), page([2], 'b'), page([3], 'a')]);
    const items: unknown[] = [];
    const error = await rejection(
      (async () => {
        for await (const item of client.paginate('listPipelines', {})) items.push(item);
      })(),
    );
    expect(error.code).toBe('REPEATED_PAGE_TOKEN');
    expect([items, sent.length]).toEqual([[1, 2, 3], 3]);
  });

  it('refuses an operation that is not paginated', () => {
    const { client } = setup([]);
    expect(() => client.paginate('getCurrentUser')).toThrow(/not paginated/);
    expect(() => client.paginateUnchecked('getCurrentUser')).toThrow(/not paginated/);
    expect(() => client.paginateUnchecked('noSuchList')).toThrow(/unknown operation/);
  });
});
