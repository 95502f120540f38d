/**
 * `pnpm bench:client` (issue 5), in one run against the same local server:
 * - GET /me requests per second through `createClient` with its defaults
 *   (retry policy on, no timeout, no hooks, Circle-Token auth) against bare
 *   `fetch` with the same token header and JSON parsing. Target: the client
 *   at least 0.9× bare fetch. Also shown: the client with `timeoutMs` set,
 *   whose per-attempt AbortSignal costs a few percent in undici.
 * - `buildRequest` calls per second (pure, no I/O) for a slug path with a
 *   query and for a JSON body.
 * The server runs in a child process, so its work does not dilute the
 * client's; requests are sequential over keep-alive. The machine is shared,
 * so the contenders alternate request by request (rotating who goes first):
 * load that comes and goes hits all of them alike. Each round of 500
 * requests per contender gives a ratio of total times; the figures are
 * medians over 20 rounds after a warm-up round.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { buildRequest, createClient } from '@circleci-kit/core-client';
import { median, medianMs, report, target } from '../harness.ts';

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
const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
const baseUrl = `http://127.0.0.1:${chunk.toString().trim()}/api/v2`;
const TOKEN = 'bench-token-0123456789abcdef';
const PER_ROUND = 500;
const ROUNDS = 21; // the first is a warm-up

const client = createClient({ token: TOKEN, baseUrl });
const timed = createClient({ token: TOKEN, baseUrl, timeoutMs: 30_000 });
const check = (data: { login?: string }) => {
  if (data.login !== 'bench') throw new Error('unexpected answer');
};
const contenders: Record<string, () => Promise<void>> = {
  fetch: async () => {
    const response = await fetch(`${baseUrl}/me`, { headers: { accept: 'application/json', 'circle-token': TOKEN } });
    check((await response.json()) as { login: string });
  },
  client: async () => check((await client.getCurrentUser()).data),
  timed: async () => check((await timed.getCurrentUser()).data),
};
const names = Object.keys(contenders);
const ratios: Record<string, number[]> = { client: [], timed: [] };
const perSecond: Record<string, number[]> = { fetch: [], client: [], timed: [] };
for (let round = 0; round < ROUNDS; round++) {
  const totals: Record<string, number> = { fetch: 0, client: 0, timed: 0 };
  for (let i = 0; i < PER_ROUND; i++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length]!;
      const started = performance.now();
      await contenders[name]!();
      totals[name]! += performance.now() - started;
    }
  }
  if (round === 0) continue;
  for (const name of names) perSecond[name]!.push(PER_ROUND / (totals[name]! / 1000));
  ratios.client!.push(totals.fetch! / totals.client!);
  ratios.timed!.push(totals.fetch! / totals.timed!);
}
child.kill();
const ratio = median(ratios.client!);

const CALLS = 50_000;
const rate = (ms: number) => CALLS / (ms / 1000);
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
    'GET /me through the client, req/s': median(perSecond.client!),
    'GET /me with bare fetch, req/s': median(perSecond.fetch!),
    'client ÷ bare fetch (median of per-round ratios)': ratio,
    'client with timeoutMs 30000 ÷ bare fetch': median(ratios.timed!),
    'buildRequest listPipelinesForProject (slug + query), calls/s': rate(slugMs),
    'buildRequest triggerPipeline (slug + JSON body + auth), calls/s': rate(bodyMs),
  },
  [target('client req/s ÷ bare fetch req/s', ratio, '>=', 0.9)],
);
