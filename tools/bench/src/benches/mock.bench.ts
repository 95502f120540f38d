/**
 * `pnpm bench:mock`: requests per second for `GET /me` and
 * `POST /project/gh/org/repo/pipeline` (body validated) against the mock
 * server, a bare node:http server answering a fixed body (the limit) and
 * Prism 5.14.2 mocking the same spec (the peer). Each server runs in its own
 * process and the load comes from autocannon in another.
 * Targets: GET /me ≥ 0.4× bare and ≥ 15× Prism; triggerPipeline ≥ 0.25× bare.
 * Then the cost of state (`src/mock/state-scaling.mjs`, 3 processes): the
 * first page of a project's pipelines with 10², 10⁴ and 10⁵ stored (target:
 * the 10⁵ figure within 2× of the 10² one) and the memory per 10⁴ pipelines.
 * `BENCH_RUNS`, `BENCH_SECONDS` and `BENCH_ONLY` (e.g. `mock,bare`) narrow a run while iterating.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import { median, report, target, type Target } from '../harness.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const spec = locateFixture('specs/current/openapi.json');
const bin = (name: string): string => fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONNECTIONS = 50;

interface Endpoint {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}
const endpoints: Endpoint[] = [
  { name: 'GET /me', method: 'GET', path: '/me' },
  {
    name: 'POST /project/gh/org/repo/pipeline',
    method: 'POST',
    path: '/project/gh/org/repo/pipeline',
    body: '{"branch":"main","parameters":{"deploy":true}}',
  },
];

interface Target_ {
  name: string;
  start: () => Promise<{ base: string; child: ChildProcess }>;
  /** Restart before each measured POST run, so state does not pile up across runs. */
  restartForPost: boolean;
}

function startProcess(command: string, args: string[], ready: RegExp, base: (match: RegExpExecArray) => string) {
  return new Promise<{ base: string; child: ChildProcess }>((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      const match = ready.exec(out);
      if (match) resolve({ base: base(match), child });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) =>
      reject(new Error(`${command} exited ${code} before it was ready:\n${out.slice(-2000)}`)),
    );
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) {
      resolve();
      return;
    }
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const allTargets: Target_[] = [
  {
    name: 'mock-server',
    restartForPost: true,
    start: () =>
      startProcess(
        process.execPath,
        ['packages/cli/dist/bin.js', 'mock', '--spec', spec, '--seed', '1'],
        /listening on (\S+)/,
        (m) => m[1]!,
      ),
  },
  {
    name: 'bare node:http',
    restartForPost: false,
    start: () =>
      startProcess(
        process.execPath,
        [fileURLToPath(new URL('../mock/bare-server.mjs', import.meta.url))],
        /listening on (\S+)/,
        (m) => m[1]!,
      ),
  },
  {
    name: 'prism 5.14.2',
    restartForPost: false,
    start: () =>
      startProcess(
        bin('prism'),
        ['mock', '--port', '4011', '--host', '127.0.0.1', '--errors', 'false', spec],
        /Prism is listening on (http:\/\/\S+)/,
        (m) => m[1]!.replace(/\/$/, ''),
      ),
  },
];

/** `BENCH_ONLY=mock,bare` measures only the targets whose names start with one of these words. */
const only = process.env.BENCH_ONLY?.split(',').filter((word) => word !== '');
const targets = only ? allTargets.filter((t) => only.some((word) => t.name.startsWith(word))) : allTargets;

/** One autocannon run in its own process: average requests per second of 2xx answers. */
function autocannon(url: string, endpoint: Endpoint, seconds: number): Promise<number> {
  const args = [
    '-j',
    '-c',
    String(CONNECTIONS),
    '-d',
    String(seconds),
    '-m',
    endpoint.method,
    '-H',
    'Circle-Token=bench',
  ];
  if (endpoint.body !== undefined) args.push('-H', 'content-type=application/json', '-b', endpoint.body);
  args.push(url);
  return new Promise((resolve, reject) => {
    const child = spawn(bin('autocannon'), args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => {
      try {
        const result = JSON.parse(out) as {
          requests: { average: number };
          '2xx': number;
          non2xx: number;
          duration: number;
        };
        if (result.non2xx > result['2xx'] / 100)
          throw new Error(`${url}: ${result.non2xx} non-2xx answers of ${result['2xx'] + result.non2xx}`);
        resolve(result['2xx'] / result.duration);
      } catch (error) {
        reject(new Error(`autocannon exited ${code}: ${(error as Error).message}\n${out.slice(0, 500)}`));
      }
    });
  });
}

async function probe(base: string, endpoint: Endpoint): Promise<number> {
  const response = await fetch(`${base}${endpoint.path}`, {
    method: endpoint.method,
    headers: { 'Circle-Token': 'bench', ...(endpoint.body ? { 'content-type': 'application/json' } : {}) },
    ...(endpoint.body ? { body: endpoint.body } : {}),
  });
  await response.arrayBuffer();
  return response.status;
}

const medians: Record<string, number> = {};
const table: Record<string, Record<string, string>> = {};
for (const t of targets) {
  table[t.name] = {};
  let server = await t.start();
  try {
    for (const endpoint of endpoints) {
      // Prism serves the spec's paths at its root; the others under /api/v2.
      const bases = t.name.startsWith('prism') ? [server.base, `${server.base}/api/v2`] : [server.base];
      let base: string | undefined;
      let status = 0;
      for (const candidate of bases) {
        status = await probe(candidate, endpoint);
        if (status >= 200 && status < 300) {
          base = candidate;
          break;
        }
      }
      if (base === undefined) {
        table[t.name]![endpoint.name] = `cannot route (answers ${status})`;
        continue;
      }
      const rates: number[] = [];
      await autocannon(`${base}${endpoint.path}`, endpoint, 1);
      for (let run = 0; run < RUNS; run++) {
        if (endpoint.method === 'POST' && t.restartForPost) {
          await stop(server.child);
          server = await t.start();
          base = server.base;
          await autocannon(`${base}${endpoint.path}`, endpoint, 1);
        }
        rates.push(await autocannon(`${base}${endpoint.path}`, endpoint, SECONDS));
      }
      const value = median(rates);
      medians[`${t.name} ${endpoint.name} (req/s)`] = value;
      table[t.name]![endpoint.name] = `${Math.round(value)} req/s`;
    }
  } finally {
    await stop(server.child);
  }
}

console.log(`\nmedian of ${RUNS} runs × ${SECONDS}s, ${CONNECTIONS} connections, autocannon in its own process`);
console.table(table);
const get = (who: string, what: string): number | undefined => medians[`${who} ${what} (req/s)`];
const targetsMet: Target[] = [];
const mockMe = get('mock-server', 'GET /me');
const bareMe = get('bare node:http', 'GET /me');
const prismMe = get('prism 5.14.2', 'GET /me');
const mockPost = get('mock-server', endpoints[1]!.name);
const barePost = get('bare node:http', endpoints[1]!.name);
if (mockMe && bareMe) targetsMet.push(target('GET /me: mock / bare', mockMe / bareMe, '>=', 0.4));
if (mockMe && prismMe) targetsMet.push(target('GET /me: mock / prism', mockMe / prismMe, '>=', 15));
if (mockPost && barePost) targetsMet.push(target('triggerPipeline: mock / bare', mockPost / barePost, '>=', 0.25));

if (only === undefined || only.includes('state')) {
  const scaling = fileURLToPath(new URL('../mock/state-scaling.mjs', import.meta.url));
  const figures: Record<string, number[]> = {};
  for (let run = 0; run < 3; run++) {
    const child = spawnSync(process.execPath, ['--expose-gc', scaling, spec], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`state-scaling failed: ${child.stderr}`);
    for (const [name, value] of Object.entries(JSON.parse(child.stdout) as Record<string, number>)) {
      (figures[name] ??= []).push(value);
    }
  }
  for (const [name, values] of Object.entries(figures)) medians[name] = median(values);
  const small = medians['first page, 10² pipelines stored (ms)'];
  const large = medians['first page, 10⁵ pipelines stored (ms)'];
  if (small && large) targetsMet.push(target('first page: 10⁵ stored / 10² stored', large / small, '<=', 2));
}
report('mock', medians, targetsMet);
