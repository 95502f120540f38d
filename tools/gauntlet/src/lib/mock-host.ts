/**
 * The mock server in its own process, for trials that load or attack it
 * from outside: `tsx mock-host.ts '<json options>'`. It prints
 * `READY <url>`, samples its own memory, counts the requests it receives
 * (by method and by `x-gauntlet-call` header, through node:http's
 * diagnostics channel, without touching the mock) and answers stdin lines:
 * `sample` (memory after a forced GC when available), `report` (one
 * `REPORT <json>` line) and `stop`.
 */
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { createInterface } from 'node:readline';
import { startMockServer, type FaultRates } from '@circleci-kit/mock-server';
import { loadSpec } from '@circleci-kit/spec-loader';

interface HostOptions {
  spec: string;
  seed?: number;
  faults?: FaultRates;
  tokens?: string[];
  sampleMs?: number;
}

const options = JSON.parse(process.argv[2] ?? '{}') as HostOptions;
const spec = await loadSpec(options.spec);
const mock = await startMockServer({
  spec,
  seed: options.seed ?? 1,
  ...(options.faults ? { faults: options.faults } : {}),
  ...(options.tokens ? { tokens: options.tokens } : {}),
});

const byMethod: Record<string, number> = {};
const byCall: Record<string, number> = {};
let statuses: Record<string, number> = {};
subscribe('http.server.request.start', (message) => {
  const request = (message as { request: IncomingMessage }).request;
  const method = request.method ?? '?';
  byMethod[method] = (byMethod[method] ?? 0) + 1;
  const call = request.headers['x-gauntlet-call'];
  if (typeof call === 'string') byCall[call] = (byCall[call] ?? 0) + 1;
});
subscribe('http.server.response.finish', (message) => {
  const status = String((message as { response: { statusCode: number } }).response.statusCode);
  statuses[status] = (statuses[status] ?? 0) + 1;
});

const samples: Array<{ t: number; rss: number; heapUsed: number; heapAfterGc?: number }> = [];
const started = Date.now();
const sample = (): { t: number; rss: number; heapUsed: number } => {
  const { rss, heapUsed } = process.memoryUsage();
  return { t: Date.now() - started, rss, heapUsed };
};
const gc = (globalThis as { gc?: () => void }).gc;
// Every 2 s a full collection, then the heap: what the server really keeps.
// Between them the heap floor depends on when V8 chose to collect, which is
// not growth.
const sampleMs = options.sampleMs ?? 250;
const gcEvery = Math.max(1, Math.round(2000 / sampleMs));
let ticks = 0;
const timer = setInterval(() => {
  const next: (typeof samples)[number] = sample();
  if (gc !== undefined && ++ticks % gcEvery === 0) {
    gc();
    next.heapAfterGc = process.memoryUsage().heapUsed;
  }
  samples.push(next);
}, sampleMs);

createInterface({ input: process.stdin }).on('line', (line) => {
  const command = line.trim();
  if (command === 'report') {
    gc?.();
    process.stdout.write(`REPORT ${JSON.stringify({ samples, byMethod, byCall, statuses, now: sample() })}\n`);
  } else if (command === 'reset-samples') {
    gc?.();
    samples.length = 0;
    ticks = 0;
    statuses = {};
    process.stdout.write(`RESET ${JSON.stringify(sample())}\n`);
  } else if (command === 'stop') {
    clearInterval(timer);
    void mock.close().then(() => process.exit(0));
  }
});
process.stdout.write(`READY ${mock.url}\n`);
