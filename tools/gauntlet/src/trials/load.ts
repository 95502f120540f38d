/**
 * Load: the mock server in its own process under N concurrent connections
 * for D seconds, the load from autocannon in another process. Holds when
 * there are no errors, timeouts or non-2xx answers, the server is alive at
 * the end, and its memory, sampled in the server every 250 ms after a
 * warm-up, grows at most 20% from the first half to the second: RSS by its
 * mean, the heap by the mean of its size right after a full collection
 * (forced every 2 s; between collections the heap is a sawtooth that says
 * more about when GC ran than about what is kept).
 */
import { spawn } from 'node:child_process';
import { halfGrowth, mean, startHost, type HostReport } from '../lib/host.ts';
import { rootBin, srcDir } from '../lib/paths.ts';
import { Failures, pick, type Scale, type TrialResult } from '../lib/trial.ts';

/** Read-only routes, so state does not grow by design (a trigger keeps every pipeline it creates). */
export const LOAD_PATHS = [
  '/api/v2/me',
  '/api/v2/project/gh/acme/api',
  '/api/v2/context?owner-slug=gh/acme',
  '/api/v2/insights/gh/acme/api/workflows',
  '/api/v2/project/gh/acme/api/pipeline?branch=main',
];

interface LoadResult {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
}

function generate(url: string, connections: number, duration: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      rootBin('tsx'),
      [`${srcDir}lib/load-generator.ts`, JSON.stringify({ url, connections, duration, paths: LOAD_PATHS })],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (code) => {
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1)!) as LoadResult);
      } catch {
        reject(new Error(`load generator exited ${code}: ${err.slice(-1000)}`));
      }
    });
  });
}

/** Judges a load run: the failures it shows (exported for the tests). */
/** The heap measured right after each full collection: what the server keeps, not garbage not yet collected. */
export function settledHeap(report: HostReport): number[] {
  return report.samples.flatMap((s) => (s.heapAfterGc === undefined ? [] : [s.heapAfterGc]));
}

export function judgeLoad(load: LoadResult, report: HostReport, crashed: string | undefined, limit = 0.2): string[] {
  const failures: string[] = [];
  if (crashed) failures.push(`the server ${crashed} under load`);
  if (load.errors > 0) failures.push(`${load.errors} connection errors`);
  if (load.timeouts > 0) failures.push(`${load.timeouts} timeouts`);
  if (load.non2xx > 0) failures.push(`${load.non2xx} non-2xx answers`);
  if (load['2xx'] === 0) failures.push('no request answered');
  const rss = halfGrowth(report.samples.map((s) => s.rss));
  const heap = halfGrowth(settledHeap(report));
  if (report.samples.length < 4) failures.push(`only ${report.samples.length} memory samples`);
  if (rss > limit)
    failures.push(`RSS grew ${(rss * 100).toFixed(1)}% from the first half to the second (limit ${limit * 100}%)`);
  if (heap > limit)
    failures.push(`heap grew ${(heap * 100).toFixed(1)}% from the first half to the second (limit ${limit * 100}%)`);
  return failures;
}

export async function run(scale: Scale): Promise<TrialResult> {
  const connections = pick(scale, 50, 500);
  const duration = pick(scale, 5, 60);
  const failures = new Failures();
  const host = await startHost({ sampleMs: 250 });
  try {
    await generate(host.url.replace(/\/api\/v2$/, ''), connections, pick(scale, 1, 5)); // warm-up
    await host.resetSamples();
    const load = await generate(host.url.replace(/\/api\/v2$/, ''), connections, duration);
    const crashed = host.crashed();
    const report = crashed
      ? { samples: [], byMethod: {}, byCall: {}, statuses: {}, now: { t: 0, rss: 0, heapUsed: 0 } }
      : await host.report();
    for (const failure of judgeLoad(load, report, crashed)) failures.add(failure);
    const rss = report.samples.map((s) => s.rss);
    const heap = settledHeap(report);
    const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);
    const figures = {
      connections,
      seconds: duration,
      requests: load['2xx'] + load.non2xx,
      requestsPerSecond: Math.round(load.requests.average),
      errors: load.errors + load.timeouts + load.non2xx,
      p50Ms: load.latency.p50,
      p99Ms: load.latency.p99,
      maxMs: load.latency.max,
      rssMeanMiB: Number(mib(mean(rss))),
      rssGrowthPercent: Number((halfGrowth(rss) * 100).toFixed(1)),
      heapGrowthPercent: Number((halfGrowth(heap) * 100).toFixed(1)),
      memorySamples: rss.length,
    };
    return {
      name: 'load',
      ok: failures.count === 0,
      summary: `${connections} conns × ${duration} s: ${figures.requests} req (${figures.requestsPerSecond}/s), ${figures.errors} errors; p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, max ${figures.maxMs} ms; RSS ${figures.rssMeanMiB} MiB, growth RSS ${figures.rssGrowthPercent}% (mean), heap after GC ${figures.heapGrowthPercent}% (mean)`,
      figures,
      failures: failures.list,
      totals: { loadHeld: failures.count === 0 ? figures.requests : 0 },
    };
  } finally {
    await host.stop();
  }
}
