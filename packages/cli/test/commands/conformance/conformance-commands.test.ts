import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/index.ts';
import { captureIo } from '../../support/capture-io.ts';
import { CURRENT_SPEC } from '../../support/fixtures.ts';
import { RETIRED_OPERATION, writeRetiredOperationReplay } from '../../support/replay-fixture.ts';

async function run(args: string[], env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cli-conformance-'));
  const io = captureIo({ env: { XDG_CACHE_HOME: join(dir, 'cache'), ...env }, cwd: dir });
  const code = await main(['conformance', '--spec', CURRENT_SPEC, ...args], io);
  return { code, out: io.out, err: io.err, dir };
}

const OPS = 'getCurrentUser,listContexts,triggerPipeline';

describe('circleci-kit conformance', () => {
  it('runs against the embedded mock, prints the summary and the report paths, exit 0', async () => {
    const { code, out, err, dir } = await run([
      '--ops',
      OPS,
      '--runs',
      '5',
      '--seed',
      '1',
      '--report',
      'junit=r/j.xml,json=r/r.json,html=r/r.html',
    ]);
    expect(code, err).toBe(0);
    expect(out).toMatch(/^operation +req rtr bld 5xx sta cty sch hdr pos neg aut pag flo$/m);
    expect(out).toMatch(/^triggerPipeline +✓/m);
    expect(out).toMatch(/3 operations, 39 results: \d+ passed, 0 failed/);
    for (const file of ['r/j.xml', 'r/r.json', 'r/r.html']) {
      expect(out).toContain(`report: ${join(dir, file)}`);
      expect(existsSync(join(dir, file))).toBe(true);
    }
    expect(err).toMatch(/^\[1\] getCurrentUser: \d+ passed, 0 failed/m);
    expect(JSON.parse(readFileSync(join(dir, 'r/r.json'), 'utf8')).seed).toBe(1);
  });

  it('runs one shard, taken from CircleCI parallelism, and merges shards back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-shards-'));
    for (const index of [0, 1]) {
      const { code } = await run(
        ['--ops', OPS, '--runs', '3', '--seed', '2', '--report', `json=${dir}/s${index}.json`],
        {
          CIRCLE_NODE_INDEX: String(index),
          CIRCLE_NODE_TOTAL: '2',
        },
      );
      expect(code).toBe(0);
    }
    const whole = await run(['--ops', OPS, '--runs', '3', '--seed', '2', '--report', `json=${dir}/all.json`]);
    const io = captureIo({ cwd: dir });
    const code = await main(['conformance', 'merge', 's0.json', 's1.json', '--report', 'json=merged.json'], io);
    expect(code, io.err).toBe(0);
    expect(io.out).toMatch(/3 operations, 39 results/);
    const merged = JSON.parse(readFileSync(join(dir, 'merged.json'), 'utf8'));
    const all = JSON.parse(readFileSync(join(dir, 'all.json'), 'utf8'));
    const strip = (report: { results: Array<{ operationId: string; check: string; status: string; cases: number }> }) =>
      report.results.map(({ operationId, check, status, cases }) => ({ operationId, check, status, cases }));
    expect(strip(merged)).toEqual(strip(all));
    expect(whole.code).toBe(0);
  });

  it.each([
    { args: ['--shard', '3/2'], want: /--shard "3\/2": i must be between 1 and 2/ },
    {
      args: ['--checks', 'schema'],
      want: /argument 'schema' is invalid\. Unknown: schema\. Allowed choices are request-/,
    },
    { args: ['--ops', 'getNothing'], want: /^circleci-kit: the spec has no operation getNothing$/m },
    { args: ['--runs', '0'], want: /^circleci-kit: runs must be a positive integer, got 0$/m },
    { args: ['--runs', 'ten'], want: /option '--runs <n>' argument 'ten' is invalid\. Expected an integer\./ },
    {
      args: ['--timeout', '0'],
      want: /option '--timeout <ms>' argument '0' is invalid\. Expected an integer of at least 1\./,
    },
    { args: ['--report', 'pdf=x'], want: /expected junit=PATH/ },
    { args: ['--target', 'ftp://x'], want: /argument 'ftp:\/\/x' is invalid\. Expected mock or an http\(s\) URL\./ },
    {
      args: ['--target', 'http://127.0.0.1:9/api/v2'],
      want: /^circleci-kit: a token is needed for a target other than the mock: CIRCLECI_TOKEN or CIRCLE_TOKEN is not set$/m,
    },
    { args: ['--replay', 'missing.json'], want: /cannot read the replay file/ },
  ])('exits 2 for $args', async ({ args, want }) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toMatch(want);
  });

  it("exits 2 with the runner's message for a replay file naming an operation the spec lacks", async () => {
    const replay = writeRetiredOperationReplay(mkdtempSync(join(tmpdir(), 'cli-replay-')));
    const { code, err } = await run(['--replay', replay]);
    expect({ code, err }).toEqual({ code: 2, err: `circleci-kit: the spec has no operation ${RETIRED_OPERATION}\n` });
  });

  it('exits 3 with a clear message and a partial report when the target stalls', async () => {
    const server = createServer(() => {});
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const { code, err, out, dir } = await run(
        [
          '--target',
          `http://127.0.0.1:${port}/api/v2`,
          '--ops',
          'getCurrentUser',
          '--runs',
          '2',
          '--timeout',
          '200',
          '--report',
          'json=partial.json',
        ],
        { CIRCLECI_TOKEN: 'sentinel-cli-token' },
      );
      expect(code).toBe(3);
      expect(err).toMatch(
        /the run stopped early: the target http:\/\/127\.0\.0\.1:\d+ did not answer within 200 ms \(stalled\); the reports are partial/,
      );
      const partial = JSON.parse(readFileSync(join(dir, 'partial.json'), 'utf8'));
      expect(partial.aborted.reason).toMatch(/stalled/);
      expect(`${out}${err}${JSON.stringify(partial)}`).not.toContain('sentinel-cli-token');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('prints help with examples', async () => {
    const io = captureIo();
    expect(await main(['conformance', '--help'], io)).toBe(0);
    expect(io.out).toContain('$ circleci-kit conformance --runs 20 --seed 1');
    expect(io.out).toContain('--shard <i/n>');
    expect(io.out).toContain('conformance merge');
  });
});
