/**
 * The mutation check: the mock behind a proxy that injects one provider
 * fault at a time, and the runner must report it under the right check id.
 */
import { startMockServer, type MockServer } from '@circleci-kit/mock-server';
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConformance, type CheckId } from '../src/index.ts';
import { startFaultyProxy, type Fault, type ProxiedResponse } from './support/faulty-proxy.ts';
import { currentSpec } from './support/fixtures.ts';

const TOKEN = 'mutation-token';
let spec: LoadedSpec;
let mock: MockServer;

beforeAll(async () => {
  spec = await currentSpec();
  mock = await startMockServer({ spec, seed: 3, tokens: [TOKEN], pageSize: 5 });
});
afterAll(() => mock.close());

const json = (response: ProxiedResponse, change: (body: Record<string, unknown>) => void): ProxiedResponse => {
  const body = JSON.parse(response.body) as Record<string, unknown>;
  change(body);
  return { ...response, body: JSON.stringify(body) };
};
const isMe = (path: string) => path.split('?')[0] === '/me';

const deletedContexts = new Map<string, string>();

interface Row {
  fault: string;
  operationId: string;
  check: CheckId;
  inject: Fault;
  want: RegExp;
}

const rows: Row[] = [
  {
    fault: 'a response that lacks a required property',
    operationId: 'getCurrentUser',
    check: 'response-schema',
    inject: {
      response: (req, res) => (isMe(req.path) && res.status === 200 ? json(res, (body) => delete body.id) : res),
    },
    want: /must have required property|id/,
  },
  {
    fault: 'a property of the wrong type',
    operationId: 'getCurrentUser',
    check: 'response-schema',
    inject: {
      response: (req, res) => (isMe(req.path) && res.status === 200 ? json(res, (body) => (body.name = 42)) : res),
    },
    want: /name/,
  },
  {
    fault: 'an undeclared status code',
    operationId: 'GetOrgClaims',
    check: 'status-code-declared',
    inject: {
      response: (_req, res) =>
        res.status === 200 ? { ...res, status: 418, body: '{"message":"I am a teapot."}' } : res,
    },
    want: /status 418 is not declared/,
  },
  {
    fault: 'a wrong content type',
    operationId: 'getCurrentUser',
    check: 'content-type-declared',
    inject: { response: (_req, res) => ({ ...res, headers: { ...res.headers, 'content-type': 'text/plain' } }) },
    want: /content type text\/plain is not declared/,
  },
  {
    fault: 'auth ignored',
    operationId: 'getCurrentUser',
    check: 'auth-enforced',
    inject: { request: (req) => ({ ...req, headers: { ...req.headers, 'circle-token': TOKEN } }) },
    want: /instead of 401 or 403/,
  },
  {
    fault: 'a 500 on an edge input (a one-character org)',
    operationId: 'getProjectBySlug',
    check: 'not-a-server-error',
    inject: {
      response: (req, res) =>
        /^\/project\/(gh|github|bb|bitbucket)\/[^/]\//.test(req.path) && req.method === 'GET'
          ? { status: 500, headers: { 'content-type': 'application/json' }, body: '{"message":"Internal error."}' }
          : res,
    },
    want: /status 500/,
  },
  {
    fault: 'a pagination loop',
    operationId: 'listEnvironments',
    check: 'pagination-consistent',
    inject: {
      request: (req) =>
        req.path.includes('page-token=LOOP') ? { ...req, path: req.path.replace(/[?&]page-token=LOOP/, '') } : req,
      response: (_req, res) =>
        res.status === 200 && res.body.includes('"next_page_token":"')
          ? json(res, (body) => (body.next_page_token = 'LOOP'))
          : res,
    },
    want: /pagination loop|again on page 2/,
  },
  {
    fault: 'a deleted resource that can still be read',
    operationId: 'createContext',
    check: 'stateful',
    inject: {
      response: (req, res) => {
        const id = /^\/context\/([^/?]+)$/.exec(req.path)?.[1];
        if (id === undefined) return res;
        if (req.method === 'GET' && res.status === 200) deletedContexts.set(id, res.body);
        if (req.method === 'GET' && res.status === 404 && deletedContexts.has(id))
          return { ...res, status: 200, body: deletedContexts.get(id)! };
        return res;
      },
    },
    want: /use after free/,
  },
];

describe('the runner catches each deliberate provider fault under its check id', () => {
  it.each(rows)('$fault → $check', async ({ operationId, check, inject, want }) => {
    const proxy = await startFaultyProxy(mock.url, inject);
    try {
      const run = (target: string) =>
        runConformance({
          spec,
          target: { baseUrl: target, reset: () => mock.reset(), writes: true, name: 'faulty proxy' },
          token: TOKEN,
          operations: [operationId],
          runs: 10,
          seed: 11,
        });
      const report = await run(proxy.url);
      const result = report.results.find((r) => r.check === check)!;
      expect(
        result.status,
        JSON.stringify(
          report.results.filter((r) => r.status === 'failed'),
          null,
          1,
        ),
      ).toBe('failed');
      expect(result.failure?.message).toMatch(want);
      expect(result.failure?.replayCommand).toContain(`--ops ${operationId} --checks ${check}`);
      expect(JSON.stringify(report)).not.toContain(TOKEN);
      // The same operation without the fault passes that check.
      const clean = await run(mock.url);
      expect(clean.results.find((r) => r.check === check)?.status).toBe('passed');
    } finally {
      await proxy.close();
    }
  });

  it('shrinks the edge input to the smallest failing one and prints it with the seed and a curl command', async () => {
    const proxy = await startFaultyProxy(mock.url, rows[5]!.inject);
    try {
      const report = await runConformance({
        spec,
        target: { baseUrl: proxy.url, reset: () => mock.reset(), writes: true, name: 'faulty proxy' },
        token: TOKEN,
        operations: ['getProjectBySlug'],
        checks: ['not-a-server-error'],
        runs: 50,
        seed: 11,
      });
      const failure = report.results[0]!.failure!;
      expect(failure.seed).toBe(11);
      expect(failure.input).toMatchObject({
        pathParams: { 'project-slug': expect.stringMatching(/^(gh|github|bb|bitbucket)\/.\//) },
      });
      expect(failure.curl).toMatch(/^curl -X GET '.*\/project\/(gh|bb)\/.\/.+' .*-H "circle-token: \$CIRCLECI_TOKEN"$/);
      expect(failure.response?.status).toBe(500);
    } finally {
      await proxy.close();
    }
  });
});
