// Run by mock.bench.ts in its own process (`node --expose-gc`): the embedded
// mock with 10², 10⁴ and 10⁵ pipelines stored on one project, the median
// latency of the first page of `GET /project/{slug}/pipeline` at each size,
// and the memory each 10⁴ pipelines (with their workflows and jobs) take.
// Prints one JSON line.
import { startMockServer } from '@circleci-kit/mock-server';
import { loadSpec } from '@circleci-kit/spec-loader';

const [specPath] = process.argv.slice(2);
const SAMPLES = 31;
const spec = await loadSpec(specPath);
const mock = await startMockServer({ spec, seed: 1 });
const slug = 'gh/acme/widgets';
const url = `${mock.url}/project/${slug}/pipeline`;
const headers = { 'circle-token': 'bench' };

let stored = 0;
function store(count) {
  for (; stored < count; stored++) {
    mock.state.addPipeline({
      slug,
      token: 'bench',
      branch: stored % 4 === 0 ? 'dev' : 'main',
      tag: undefined,
      parameters: {},
    });
  }
  mock.state.pipelineList(); // make the pending workflows and jobs now, outside the timed requests
}

async function firstPageMs() {
  for (let i = 0; i < 5; i++) await (await fetch(url, { headers })).arrayBuffer();
  const times = [];
  for (let i = 0; i < SAMPLES; i++) {
    const started = performance.now();
    await (await fetch(url, { headers })).arrayBuffer();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[SAMPLES >> 1];
}

function settledRss() {
  for (let i = 0; i < 3; i++) globalThis.gc?.();
  return process.memoryUsage().rss;
}

const out = {};
store(100);
out['first page, 10² pipelines stored (ms)'] = await firstPageMs();
const before = settledRss();
store(10_100);
out['RSS per 10⁴ pipelines with their workflows and jobs (MiB)'] = (settledRss() - before) / 2 ** 20;
out['first page, 10⁴ pipelines stored (ms)'] = await firstPageMs();
store(100_000);
out['first page, 10⁵ pipelines stored (ms)'] = await firstPageMs();
await mock.close();
console.log(JSON.stringify(out));
