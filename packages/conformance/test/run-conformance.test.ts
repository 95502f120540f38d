import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockServer } from '@circleci-kit/mock-server';
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  mergeReports,
  readReplayFile,
  runConformance,
  type ConformanceReport,
  type Interaction,
} from '../src/index.ts';
import { startFaultyProxy } from './support/faulty-proxy.ts';
import { currentSpec } from './support/fixtures.ts';

let spec: LoadedSpec;
let whole: ConformanceReport;
const interactions: Interaction[] = [];
const SENTINEL = 'sentinel-token-3f9a1c';

/** Results without the run-dependent fields, for comparing runs. */
const comparable = (report: ConformanceReport) =>
  report.results.map(({ operationId, check, status, cases }) => ({ operationId, check, status, cases }));

beforeAll(async () => {
  spec = await currentSpec();
  whole = await runConformance({
    spec,
    runs: 5,
    seed: 42,
    token: SENTINEL,
    interactions: (i) => void interactions.push(i),
  });
});

describe('runConformance against the embedded mock', () => {
  it('covers all 110 operations and every check passes', () => {
    expect(whole.operations).toHaveLength(110);
    expect(whole.spec.operations).toBe(110);
    const failed = whole.results.filter((r) => r.status !== 'passed' && r.status !== 'skipped');
    expect(failed, JSON.stringify(failed.slice(0, 3), null, 1)).toEqual([]);
    expect(whole.totals.passed).toBeGreaterThan(1000);
    expect(whole.aborted).toBeUndefined();
  });

  it('runs the stateful flows and pagination walks', () => {
    const passed = (check: string) =>
      whole.results.filter((r) => r.check === check && r.status === 'passed').map((r) => r.operationId);
    expect(passed('stateful').sort()).toEqual(
      [
        'addEnvironmentVariableToContext',
        'createCheckoutKey',
        'createContext',
        'createEnvVar',
        'createSchedule',
        'createWebhook',
        'triggerPipeline',
      ].sort(),
    );
    expect(passed('pagination-consistent').length).toBeGreaterThan(5);
  });

  it('records every request and response, with the token masked, for a Pact writer', () => {
    expect(interactions.length).toBe(whole.requests);
    expect(JSON.stringify(interactions)).not.toContain(SENTINEL);
    const sent = interactions.find((i) => i.phase === 'valid')!;
    expect(sent.request.headers['circle-token']).toBe('***');
    expect(sent.response.status).toBeGreaterThanOrEqual(200);
    expect(interactions.some((i) => i.phase === 'stateful' && i.providerStates.length > 0)).toBe(true);
  });

  it("records each step of a stateful flow under the step's own operation", () => {
    const steps = interactions.filter((i) => i.phase === 'stateful');
    expect(steps.length).toBeGreaterThan(0);
    const called = steps.map((i) => [i.operationId, /: step \d+ (\S+)/.exec(i.description)?.[1]]);
    expect(called.filter(([operationId, step]) => operationId !== step)).toEqual([]);
    expect(new Set(steps.map((i) => i.operationId)).size).toBeGreaterThan(
      new Set(steps.map((i) => i.description.split(' ')[0])).size,
    );
  });

  it('gives the same results for the same seed', async () => {
    const again = await runConformance({ spec, runs: 5, seed: 42, operations: whole.operations.slice(0, 20) });
    const first = comparable(whole).filter((r) => again.operations.includes(r.operationId));
    expect(comparable(again)).toEqual(first);
  });

  it('the union of 3 shards equals the unsharded run, and merge gives it back', async () => {
    const shards: ConformanceReport[] = [];
    for (let index = 1; index <= 3; index++)
      shards.push(await runConformance({ spec, runs: 5, seed: 42, token: SENTINEL, shard: { index, total: 3 } }));
    const union = shards
      .flatMap(comparable)
      .sort((a, b) => `${a.operationId}|${a.check}`.localeCompare(`${b.operationId}|${b.check}`));
    const expected = comparable(whole).sort((a, b) =>
      `${a.operationId}|${a.check}`.localeCompare(`${b.operationId}|${b.check}`),
    );
    expect(union).toEqual(expected);
    const merged = mergeReports(shards);
    expect(comparable(merged)).toEqual(comparable(whole));
    expect(merged.totals).toEqual(whole.totals);
    expect(merged.shards).toEqual([1, 2, 3].map((index) => ({ index, total: 3 })));
    expect(() => mergeReports([shards[0]!, shards[0]!])).toThrow(/the shards overlap/);
  });
});

describe('reproducing a failure', () => {
  it('writes a replay file that re-runs exactly the shrunk case', async () => {
    const mock = await startMockServer({ spec, seed: 3, tokens: ['t'] });
    const proxy = await startFaultyProxy(mock.url, {
      response: (req, res) =>
        req.path === '/me' && res.status === 200 ? { ...res, body: res.body.replace(/"id":"[^"]*",?/, '') } : res,
    });
    try {
      const replayDir = mkdtempSync(join(tmpdir(), 'conformance-replay-'));
      const target = { baseUrl: proxy.url, reset: () => mock.reset(), writes: true, name: 'faulty proxy' };
      const report = await runConformance({
        spec,
        target,
        token: 't',
        operations: ['getCurrentUser'],
        checks: ['response-schema'],
        runs: 10,
        seed: 5,
        replayDir,
      });
      const failure = report.results[0]!.failure!;
      expect(failure.replayFile).toBe(join(replayDir, 'getCurrentUser.response-schema.json'));
      expect(failure.replayCommand).toBe(
        `circleci-kit conformance --replay ${failure.replayFile} --target faulty proxy`,
      );
      const replay = readReplayFile(failure.replayFile!);
      expect(replay).toMatchObject({
        operationId: 'getCurrentUser',
        check: 'response-schema',
        seed: 5,
        input: failure.input,
      });
      const before = proxy.requests;
      const again = await runConformance({
        spec,
        target,
        token: 't',
        operations: [replay.operationId],
        checks: [replay.check],
        seed: replay.seed,
        runs: replay.runs,
        replay,
      });
      expect(proxy.requests - before).toBe(1);
      expect(again.results[0]!.status).toBe('failed');
      expect(again.results[0]!.failure!.message).toBe(failure.message);
      expect(again.results[0]!.failure!.input).toEqual(failure.input);
    } finally {
      await proxy.close();
      await mock.close();
    }
  });
});

describe('a target that stalls or dies', () => {
  it('ends a run against a stalled target with a partial report instead of hanging', async () => {
    const server = createServer(() => {});
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const started = Date.now();
      const report = await runConformance({
        spec,
        target: `http://127.0.0.1:${port}/api/v2`,
        token: 't',
        operations: ['getCurrentUser', 'getPipelineById'],
        runs: 5,
        seed: 1,
        timeoutMs: 300,
      });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(report.aborted?.reason).toMatch(/did not answer within 300 ms \(stalled\)/);
      expect(report.results.filter((r) => r.status === 'error').length).toBeGreaterThan(0);
      expect(report.results.some((r) => r.phase === 'request' && r.status === 'passed')).toBe(true);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('ends a run whose target dies mid-run, keeping what it had', async () => {
    const mock = await startMockServer({ spec, seed: 3, tokens: ['t'] });
    const proxy = await startFaultyProxy(mock.url);
    let closed = false;
    const report = await runConformance({
      spec,
      target: { baseUrl: proxy.url, reset: () => mock.reset(), writes: true, name: 'dying' },
      token: 't',
      operations: ['getCurrentUser', 'getPipelineById', 'listContexts'],
      runs: 5,
      seed: 1,
      onProgress: ({ done }) => {
        if (done === 4 && !closed) {
          closed = true;
          void proxy.close();
        }
      },
    });
    await mock.close();
    expect(report.aborted?.reason).toMatch(/cannot be reached/);
    expect(report.results.filter((r) => r.status === 'passed').length).toBeGreaterThan(3);
    expect(report.results.filter((r) => r.status === 'error').length).toBeGreaterThan(3);
  });

  it('sends only read operations to a live target unless writes are allowed', async () => {
    const report = await runConformance({
      spec,
      target: 'http://127.0.0.1:9/api/v2',
      token: 't',
      checks: ['request-valid'],
      runs: 1,
      seed: 1,
    });
    expect(report.operations.length).toBeGreaterThan(40);
    for (const id of report.operations) expect(spec.operations.get(id)!.method).toMatch(/^(get|head)$/);
  });
});

describe('a live target without a token', () => {
  it('names the variable the token was looked for in', async () => {
    const live = { spec, target: 'http://127.0.0.1:9/api/v2' };
    await expect(runConformance(live)).rejects.toThrow(/CIRCLECI_TOKEN is not set/);
    await expect(runConformance({ ...live, tokenEnv: 'ACME_CIRCLE_TOKEN' })).rejects.toThrow(
      /: ACME_CIRCLE_TOKEN is not set$/,
    );
  });
});
