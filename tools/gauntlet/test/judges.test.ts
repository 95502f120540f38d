// Each trial can fail: its judge, fed a deliberately bad outcome, reports it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCases } from '../src/lib/cases.ts';
import { scanFiles } from '../src/lib/scan.ts';
import { Failures } from '../src/lib/trial.ts';
import { judgePosts } from '../src/trials/fault-storm.ts';
import { logProblem } from '../src/trials/hostile-log.ts';
import { socketProblem } from '../src/trials/hostile-mock-sockets.ts';
import { slugOutcome } from '../src/trials/hostile-slug.ts';
import { judgeLoad } from '../src/trials/load.ts';
import { judgeRun } from '../src/trials/stalled-target.ts';
import { judgePrismTraffic } from '../../check/lib/prism-judgement.mjs';
import { readPrismExceptions, type PrismException } from '../../check/lib/prism-exceptions.mjs';
import { checkFiles } from '../src/trials/torn-writes.ts';
import { payload } from '../src/lib/torn-content.ts';
import { root } from '../src/lib/paths.ts';

const samples = (rss: number[]) => rss.map((r, t) => ({ t, rss: r, heapUsed: r, heapAfterGc: r }));

describe('the trials can fail', () => {
  it('load: a leaking, erroring server fails', () => {
    const load = {
      requests: { total: 10, average: 1 },
      latency: { p50: 1, p99: 2, max: 3 },
      errors: 2,
      timeouts: 0,
      non2xx: 1,
      '2xx': 10,
    };
    const report = {
      samples: samples([100, 100, 100, 150, 160, 170]),
      byMethod: {},
      byCall: {},
      statuses: {},
      now: { t: 0, rss: 0, heapUsed: 0 },
    };
    expect(judgeLoad(load, report, 'exited with 1').join('\n')).toMatch(
      /exited[\s\S]*connection errors[\s\S]*non-2xx[\s\S]*RSS grew[\s\S]*heap grew/,
    );
  });
  it('fault storm: a POST sent twice fails', () => {
    expect(judgePosts(['post-1', 'post-2'], { 'post-1': 2, 'post-2': 1 })).toEqual([
      'POST post-1 reached the server 2 times',
    ]);
  });
  it('stalled target: a hang, a wrong exit and a missing report fail', () => {
    const base = { signal: null, stdout: '', stderr: '', ms: 1 };
    expect(judgeRun('stall', { ...base, code: null, timedOut: true }, '/nope')[0]).toMatch(/hung/);
    expect(judgeRun('die', { ...base, code: 0, timedOut: false }, '/nope').join()).toMatch(
      /exit 0[\s\S]*no partial report/,
    );
  });
  it('hostile input: a crash (a throw that is not our error) and a hang fail', async () => {
    expect(
      slugOutcome(() => {
        throw new TypeError('boom');
      }).problem,
    ).toMatch(/TypeError/);
    const failures = new Failures();
    const tally = await runCases(
      'x',
      fc.integer(),
      4,
      1,
      (n) => (n % 2 === 0 ? new Promise<string>(() => undefined) : undefined),
      failures,
      { perCaseMs: 20 },
    );
    expect(tally.failures).toBeGreaterThan(0);
    expect(failures.list[0]).toMatch(/hang/);
    expect(socketProblem({ statuses: [400, 500], hung: false })).toMatch(/500/);
    const entry = (date: string) => ({
      date,
      section: 'released' as const,
      heading: '',
      text: '',
      line: 1,
      routes: [],
      fields: [],
      anchors: [],
      mentionedDates: [],
    });
    expect(logProblem({ entries: [entry('x')] }, 'a')).toMatch(/date/);
    expect(logProblem({ entries: [entry('2019-01-32')] }, 'a')).toBe('impossible date 2019-01-32');
  });
  it('prism: unlisted violations, a stale exception, an unseen operation and an unfinished run fail', () => {
    const exchange = (phase: string, operationId: string, status: number, location: string[], message: string) => ({
      phase,
      operationId,
      method: 'GET',
      url: '/api/v2/x',
      sent: '/x',
      status,
      notProxied: undefined,
      violations: [{ location, severity: 'Error', code: 'type', message }],
    });
    const listed = (kind: 'request' | 'response', key: string, always: boolean): PrismException => {
      const [operationId = '', status = '', ...words] = key.split(' ');
      return { kind, key, operationId, status, fragment: words.join(' '), reason: 'r', always };
    };
    const exceptions = [
      listed('response', 'getA 200 known body', true),
      listed('request', 'getA * query.x', true),
      listed('response', 'getB 200 gone', true),
      listed('response', 'getB 404 rare', false),
    ];
    const exchanges = [
      exchange('valid', 'getA', 200, ['response', 'body'], 'known body'),
      exchange('valid', 'getA', 200, ['response', 'body', 'id'], 'new body'),
      exchange('valid', 'getA', 200, ['request', 'query', 'x'], 'listed query'),
      exchange('valid', 'getB', 200, ['request', 'query', 'y'], 'unlisted query'),
      exchange('negative', 'getB', 400, ['request', 'query', 'z'], 'meant to be invalid'),
    ];
    const finished = { run: { problem: undefined } };
    const traffic = (problem?: string) => ({
      exchanges,
      phases: [
        { phase: 'valid', ...finished },
        { phase: 'auth', run: { problem } },
      ],
      restarts: 0,
      deaths: [],
      seconds: 1,
    });
    const judged = judgePrismTraffic(traffic() as never, exceptions, ['getA', 'getB', 'getC']);
    expect(judged.problems.join('\n')).toMatch(
      /unlisted response violation: getA 200 .*new body[\s\S]*unlisted request violation in the valid phase: getB .*unlisted query[\s\S]*stale response exception "getB 200 gone"[\s\S]*never saw: getC/,
    );
    expect(judged.problems).toHaveLength(4);
    expect(judged.unused.map((e) => e.key)).toEqual(['getB 404 rare']);
    // A run that did not finish fails, and its idle entries are only unused: its traffic is partial.
    const partial = judgePrismTraffic(traffic('exit 1') as never, exceptions, ['getA', 'getB']);
    expect(partial.stale).toEqual([]);
    expect(partial.problems.at(-1)).toMatch(/did not finish: auth: exit 1/);
  });
  it('prism: the exceptions file reads, and a bad one is refused', () => {
    const listed = readPrismExceptions(`${root}tools/check/prism-exceptions.json`);
    expect(listed.some((e) => e.kind === 'request')).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'gauntlet-prism-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ response: { 'getA 200 x': 'a bare reason' } }));
    expect(() => readPrismExceptions(join(dir, 'bad.json'))).toThrow(/needs a reason/);
  });
  it('secret hygiene: a leaky file is found in every form', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gauntlet-leak-'));
    const token = 'sentinel-0123456789abcdef0123456789abcde';
    writeFileSync(join(dir, 'a.log'), `Authorization: Basic ${Buffer.from(`${token}:`).toString('base64')}`);
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ url: `x?circle-token=${token}` }));
    expect(scanFiles([dir], token).hits.length).toBeGreaterThanOrEqual(2);
  });
  it('torn writes: a truncated or mixed file is found', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gauntlet-torn-test-'));
    writeFileSync(
      join(dir, 'conformance-report.json'),
      JSON.stringify(payload('conformance-report', 3)).slice(0, 5000),
    );
    const mixed = { ...payload('pact-verify-report', 4), body: payload('pact-verify-report', 5).body as string };
    writeFileSync(join(dir, 'pact-verify-report.json'), JSON.stringify(mixed));
    writeFileSync(join(dir, 'spec-cache.json'), `{"bytes":1}\n${JSON.stringify(payload('spec-cache', 1))}`);
    expect(checkFiles(dir)).toHaveLength(3);
  });
});
