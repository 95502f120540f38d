/**
 * `pnpm bench:client` (issue 5), in one run against the same local server:
 * - GET /me requests per second through `createClient` (default retry policy,
 *   hooks off, Circle-Token auth) against bare `fetch` with the same header
 *   and JSON parsing. Target: the client at least 0.9× bare fetch.
 * - `buildRequest` calls per second (pure, no I/O) for a slug path with a
 *   query and for a JSON body.
 * The server runs in a child process, so its work does not dilute the
 * client's; requests are sequential over keep-alive. Medians of 7 runs,
 * client and fetch alternating round by round.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { buildRequest, createClient } from '@circleci-kit/core-client';
import { median, medianMs, report, target } from '../harness.js';

const SERVER = `
const http = require('node:http');
const body = JSON.stringify({ id: '5034460f-c7c4-4c43-9457-de07e2029e7b', login: 'bench', name: 'Bench User' });
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\\n'));
`;

const child = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
const baseUrl = `http://127.0.0.1:${chunk.toString().trim()}/api/v2`;
const TOKEN = 'bench-token-0123456789abcdef';
const REQUESTS = 1000;

const client = createClient({ token: TOKEN, baseUrl });
async function viaClient(): Promise<void> {
  for (let i = 0; i < REQUESTS; i++) {
    const { data } = await client.getCurrentUser();
    if (data.login !== 'bench') throw new Error('unexpected answer');
  }
}
async function viaFetch(): Promise<void> {
  for (let i = 0; i < REQUESTS; i++) {
    const response = await fetch(`${baseUrl}/me`, { headers: { accept: 'application/json', 'circle-token': TOKEN } });
    const data = (await response.json()) as { login: string };
    if (data.login !== 'bench') throw new Error('unexpected answer');
  }
}

// Warm both paths up (JIT, keep-alive sockets), then alternate: each round
// measures fetch then the client back to back, so drift on this shared
// machine hits both alike; the figures are medians over the rounds.
for (let i = 0; i < 3; i++) {
  await viaFetch();
  await viaClient();
}
const clientMs: number[] = [];
const fetchMs: number[] = [];
const ratios: number[] = [];
for (let round = 0; round < 9; round++) {
  const f = await medianMs(viaFetch, { runs: 5, warmup: 0 });
  const c = await medianMs(viaClient, { runs: 5, warmup: 0 });
  fetchMs.push(f);
  clientMs.push(c);
  ratios.push(f / c);
}
child.kill();
const perSecond = (ms: number, count: number) => count / (ms / 1000);
const clientRate = perSecond(median(clientMs), REQUESTS);
const fetchRate = perSecond(median(fetchMs), REQUESTS);
const ratio = median(ratios);

const CALLS = 50_000;
const slugMs = await medianMs(() => {
  for (let i = 0; i < CALLS; i++) {
    buildRequest('listPipelinesForProject', {
      projectSlug: 'gh/CircleCI-Public/circleci-cli',
      branch: 'main',
      pageToken: 'abc',
    });
  }
});
const bodyMs = await medianMs(() => {
  for (let i = 0; i < CALLS; i++) {
    buildRequest(
      'triggerPipeline',
      {
        projectSlug: 'gh/CircleCI-Public/api-preview-docs',
        body: { branch: 'dev', parameters: { myparam: './myspecialdir' } },
      },
      { token: TOKEN },
    );
  }
});

report(
  'client',
  {
    'GET /me through the client, req/s': clientRate,
    'GET /me with bare fetch, req/s': fetchRate,
    'client / bare fetch (median of per-round ratios)': ratio,
    'buildRequest listPipelinesForProject (slug + query), calls/s': perSecond(slugMs, CALLS),
    'buildRequest triggerPipeline (slug + JSON body + auth), calls/s': perSecond(bodyMs, CALLS),
  },
  [target('client req/s ÷ bare fetch req/s', ratio, '>=', 0.9)],
);
