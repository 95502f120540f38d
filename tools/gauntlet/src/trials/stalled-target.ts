/**
 * Stalled or dead target: the real CLI (`circleci-kit conformance --target URL`)
 * against a proxy to the mock on 127.0.0.1 that, after N requests, either
 * stops answering (stall) or closes everything (dies). The run must end by
 * itself with exit 3, a message that says what happened, and a partial
 * JSON report (`aborted`, the results not run marked `error`), well before
 * the guard (which would mean it hangs).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockServer } from '@circleci-kit/mock-server';
import { loadSpec } from '@circleci-kit/spec-loader';
import { cliBin, specPath } from '../lib/paths.ts';
import { runProcess, type ProcessOutcome } from '../lib/run-process.ts';
import { Failures, pick, type Scale, type TrialResult } from '../lib/trial.ts';

type Mode = 'stall' | 'die';

/** A proxy that forwards `healthy` requests to `upstream`, then stalls or dies. */
async function startProxy(
  upstream: URL,
  healthy: number,
  mode: Mode,
): Promise<{ url: string; close: () => Promise<void>; seen: () => number }> {
  let seen = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    seen++;
    if (seen > healthy) {
      if (mode === 'die') {
        server.close();
        for (const socket of sockets) socket.destroy();
      }
      return; // stall: never answer
    }
    const forward = request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/api/v2`,
    seen: () => seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
        if (!server.listening) resolve();
      }),
  };
}

/** Judges one run of the CLI against a failing target (exported for the tests). */
export function judgeRun(mode: string, outcome: ProcessOutcome, reportPath: string): string[] {
  const failures: string[] = [];
  if (outcome.timedOut) return [`${mode}: the run hung (killed by the guard after ${outcome.ms} ms)`];
  if (outcome.code !== 3)
    failures.push(`${mode}: exit ${outcome.code ?? outcome.signal}, want 3; stderr: ${outcome.stderr.slice(-300)}`);
  const text = `${outcome.stdout}\n${outcome.stderr}`;
  if (!/timed? ?out|timeout|stall|unreachable|refused|reset|closed|network|connect|socket|target/i.test(text))
    failures.push(`${mode}: no message naming the problem in the output: ${text.slice(-300)}`);
  if (!existsSync(reportPath)) return [...failures, `${mode}: no partial report at ${reportPath}`];
  try {
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as {
      aborted?: { reason?: string };
      results?: Array<{ status: string }>;
    };
    if (!report.aborted?.reason) failures.push(`${mode}: the report has no aborted.reason`);
    const statuses = new Set(report.results?.map((r) => r.status));
    if (!statuses.has('error')) failures.push(`${mode}: no result marked error in the partial report`);
    if (!statuses.has('passed')) failures.push(`${mode}: no result before the failure was kept`);
  } catch (error) {
    failures.push(`${mode}: the report does not parse: ${(error as Error).message}`);
  }
  return failures;
}

export async function run(scale: Scale): Promise<TrialResult> {
  const failures = new Failures();
  const spec = await loadSpec(specPath);
  const mock = await startMockServer({ spec, seed: 1 });
  const dir = mkdtempSync(join(tmpdir(), 'gauntlet-stall-'));
  const figures: Record<string, number | string> = {};
  const summaries: string[] = [];
  const modes: Array<[Mode, number]> = [
    ['stall', pick(scale, 60, 400)],
    ['die', pick(scale, 90, 600)],
  ];
  try {
    for (const [mode, healthy] of modes) {
      const proxy = await startProxy(new URL(mock.url), healthy, mode);
      const report = join(dir, `${mode}.json`);
      const outcome = await runProcess(
        process.execPath,
        [
          cliBin,
          'conformance',
          '--spec',
          specPath,
          '--target',
          proxy.url,
          '--runs',
          '5',
          '--seed',
          '1',
          '--timeout',
          '2000',
          '--report',
          `json=${report},junit=${join(dir, `${mode}.xml`)}`,
          '--replay-dir',
          join(dir, 'replays'),
        ],
        {
          cwd: dir,
          env: { ...process.env, CIRCLECI_TOKEN: 'gauntlet-stall', XDG_CACHE_HOME: join(dir, 'cache') },
          timeoutMs: 60_000,
        },
      );
      await proxy.close();
      for (const failure of judgeRun(mode, outcome, report)) failures.add(failure);
      const message = (
        outcome.stderr.split('\n').find((l) => /timed? ?out|timeout|refused|reset|closed|network|target/i.test(l)) ?? ''
      ).trim();
      figures[`${mode}Exit`] = outcome.code ?? String(outcome.signal);
      figures[`${mode}Ms`] = outcome.ms;
      figures[`${mode}HealthyRequests`] = healthy;
      figures[`${mode}Message`] = message.slice(0, 200);
      summaries.push(
        `${mode} after ${healthy} req → exit ${outcome.code ?? outcome.signal} in ${(outcome.ms / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    await mock.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    name: 'stalled-target',
    ok: failures.count === 0,
    summary: `${summaries.join('; ')}; partial reports kept`,
    figures,
    failures: failures.list,
    totals: {},
  };
}
