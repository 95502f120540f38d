// Run by mock.bench.ts in its own process (`node --expose-gc`): the embedded
// mock with 10², 10⁴ and 10⁵ pipelines stored on one project, the median
// latency of the first page of `GET /project/{slug}/pipeline` at each size,
// the memory each 10⁴ pipelines (with their workflows and jobs) take, and
// the time per trigger from 10⁴ to 10⁵. Then, in a fresh process of this
// script (`bounded`), the same 10⁵ triggers with `maxResources` 10⁴: the
// RSS growth at 10⁴ and at 10⁵ triggers (bounded: the oldest are evicted),
// the time per trigger while evicting, and the first page at 10⁵. Last, the
// first page of one owner's contexts with 10² and 10⁵ other owners' stored.
// Prints one JSON line.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startMockServer } from '@circleci-kit/mock-server';
import { loadSpec } from '@circleci-kit/spec-loader';

const [specPath, mode] = process.argv.slice(2);
const bounded = mode === 'bounded';
const BOUND = 10_000;
const SAMPLES = 31;
const spec = await loadSpec(specPath);
const mock = await startMockServer({ spec, seed: 1, ...(bounded ? { maxResources: BOUND } : {}) });
const slug = 'gh/acme/widgets';
const url = `${mock.url}/project/${slug}/pipeline`;
const headers = { 'circle-token': 'bench' };

let stored = 0;
/**
 * Triggers up to `count` pipelines in all, their workflows made every 1000
 * (as reads between triggers would); gives µs per trigger.
 */
function store(count) {
  const started = performance.now();
  const from = stored;
  for (; stored < count; stored++) {
    mock.state.addPipeline({
      slug,
      token: 'bench',
      branch: stored % 4 === 0 ? 'dev' : 'main',
      tag: undefined,
      parameters: {},
    });
    if (stored % 1000 === 999) mock.state.pipelineList();
  }
  mock.state.pipelineList(); // make the pending workflows and jobs now, outside the timed requests
  return ((performance.now() - started) * 1000) / Math.max(1, count - from);
}

/** One read of a page; once more when the server closed an idle kept-alive connection while storing. */
async function get(page) {
  const response = await fetch(page, { headers }).catch(() => fetch(page, { headers }));
  await response.arrayBuffer();
}

/** The median time of the first page of `page` (the project's pipelines by default). */
async function firstPageMs(page = url) {
  for (let i = 0; i < 5; i++) await get(page);
  const times = [];
  for (let i = 0; i < SAMPLES; i++) {
    const started = performance.now();
    await get(page);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[SAMPLES >> 1];
}

const OWNER = '5034460f-c7c4-4c43-9457-de07e2029e7b';
let contexts = 0;
/** Stores contexts up to `count` in all: the first 50 of OWNER, the rest of other owners. */
function storeContexts(count) {
  for (; contexts < count; contexts++) {
    const id = contexts < 50 ? OWNER : `${String(contexts).padStart(8, '0')}-0000-4000-8000-000000000000`;
    const { state } = mock;
    state.contexts.add({ id: state.uuid(), name: 'c', owner: { id }, createdAt: state.now, variables: new Map() });
  }
}

function settledRss() {
  for (let i = 0; i < 3; i++) globalThis.gc?.();
  return process.memoryUsage().rss;
}

const MiB = 2 ** 20;
const out = {};
if (bounded) {
  const bound = 'maxResources 10⁴';
  store(100);
  await firstPageMs(); // as the unbounded run: the server warmed up before the figures
  const before = settledRss();
  store(BOUND);
  out[`${bound}: RSS growth from 10² to 10⁴ triggers (MiB)`] = (settledRss() - before) / MiB;
  out[`${bound}: µs per trigger from 10⁴ to 10⁵ (evicting)`] = store(100_000);
  out[`${bound}: RSS growth from 10² to 10⁵ triggers (MiB)`] = (settledRss() - before) / MiB;
  out[`${bound}: pipelines held after 10⁵ triggers`] = mock.state.pipelines.size;
  out[`${bound}: first page after 10⁵ triggers (ms)`] = await firstPageMs();
} else {
  store(100);
  out['first page, 10² pipelines stored (ms)'] = await firstPageMs();
  const before = settledRss();
  store(10_100);
  out['RSS per 10⁴ pipelines with their workflows and jobs (MiB)'] = (settledRss() - before) / MiB;
  out['first page, 10⁴ pipelines stored (ms)'] = await firstPageMs();
  out['µs per trigger from 10⁴ to 10⁵ (unbounded)'] = store(100_000);
  out['unbounded: RSS growth from 10² to 10⁵ triggers (MiB)'] = (settledRss() - before) / MiB;
  out['first page, 10⁵ pipelines stored (ms)'] = await firstPageMs();
  const ownContexts = `${mock.url}/context?owner-id=${OWNER}`;
  storeContexts(150);
  out["first page of one owner's contexts, 10² others stored (ms)"] = await firstPageMs(ownContexts);
  storeContexts(100_050);
  out["first page of one owner's contexts, 10⁵ others stored (ms)"] = await firstPageMs(ownContexts);
}
await mock.close();
if (!bounded) {
  const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), specPath, 'bounded'], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`state-scaling (bounded) failed: ${child.stderr}`);
  Object.assign(out, JSON.parse(child.stdout));
}
console.log(JSON.stringify(out));
