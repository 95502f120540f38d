#!/usr/bin/env node
// `pnpm check:prism`: the conformance traffic through Stoplight Prism in proxy
// mode in front of the embedded mock, with every `sl-violations` header Prism
// adds, grouped. An independent validator of the mock's answers. See README.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadSpec } from '../../packages/spec-loader/dist/src/index.js';
import { startMockServer } from '../../packages/mock-server/dist/index.js';
import { configSpec } from './lib/config-spec.mjs';
import { formatDuration } from './lib/format-duration.mjs';
import { readKnownExceptions } from './lib/known-exceptions.mjs';
import { parseFlags } from './lib/parse-flags.mjs';
import { startPrismProxy } from './lib/prism-proxy.mjs';
import { operationTable, requestViolationTable, responseViolationLines } from './lib/prism-report.mjs';
import { groupViolations } from './lib/prism-violations.mjs';
import { repoRoot } from './lib/repo-root.mjs';
import { runConformance } from './lib/run-conformance.mjs';
import { startRewritingProxy } from './lib/rewriting-proxy.mjs';
import { slugPathRewriter } from './lib/slug-path-rewriter.mjs';
import { summarizeRun } from './lib/summarize-run.mjs';

const usage = `usage: node tools/check/prism.mjs [--runs N] [--seed N] [--short] [--exceptions FILE] [--out DIR]

Sends the conformance traffic for every operation of the spec in
circleci-kit.config.json (--runs 5 cases per property, --seed 1) through
Stoplight Prism 5.14.2 in proxy mode in front of the embedded mock, and groups
the sl-violations headers Prism adds. Three conformance runs, one per phase:
valid (response checks, pagination, stateful), negative (negative-rejected),
auth (auth-enforced). Requests whose path holds a malformed percent escape are
answered by the mock directly (Prism exits on them) and counted as not proxied.
--short: 2 runs (unless --runs is given) over a fixed subset of operations.
Response violations listed in --exceptions (default
tools/check/prism-exceptions.json, { "<operationId> <status> <location or
message fragment>": "reason" }) are known; request violations are counted.
Exits 1 on an unlisted response violation or a run that did not finish, 2 on a bad flag.`;

/** The operations of `--short`: slugs of every kind, bodies, writes, lists, insights. */
const SHORT_OPS = [
  'getCurrentUser',
  'triggerPipeline',
  'listPipelinesForProject',
  'getPipelineById',
  'listWorkflowsByPipelineId',
  'getJobDetails',
  'getJobArtifacts',
  'createContext',
  'addEnvironmentVariableToContext',
  'createEnvVar',
  'listCheckoutKeys',
  'createSchedule',
  'getOrgSummaryData',
  'getFlakyTests',
  'listURLOrbAllowListEntries',
  'createWebhook',
];

const PHASES = [
  {
    name: 'valid',
    checks:
      'not-a-server-error,status-code-declared,content-type-declared,response-schema,response-headers,positive-accepted,pagination-consistent,stateful',
  },
  { name: 'negative', checks: 'negative-rejected' },
  { name: 'auth', checks: 'auth-enforced' },
];

const flags = parseFlags(
  {
    runs: { type: 'string', default: 5 },
    seed: { type: 'string', default: 1 },
    short: { type: 'boolean' },
    exceptions: { type: 'string' },
    out: { type: 'string' },
  },
  usage,
);
const runs = flags.short && !process.argv.some((arg) => arg.startsWith('--runs')) ? 2 : flags.runs;
let exceptions;
let specPath;
let spec;
try {
  exceptions = readKnownExceptions(
    resolve(flags.exceptions ?? join(repoRoot, 'tools', 'check', 'prism-exceptions.json')),
  );
  specPath = configSpec();
  spec = await loadSpec(specPath);
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}
const ops = flags.short ? SHORT_OPS.filter((id) => spec.operations.has(id)) : [...spec.operations.keys()];
const outDir = resolve(flags.out ?? join(repoRoot, '.cache', 'check', flags.short ? 'prism-short' : 'prism'));
mkdirSync(outDir, { recursive: true });
process.env.CIRCLECI_TOKEN = 'prism-check'; // the mock takes any token; never send a real one to the proxies
const started = performance.now();
console.log(
  `conformance traffic through Prism 5.14.2 (proxy, --errors=false) in front of the embedded mock: ${ops.length} operations of ${relative(repoRoot, specPath)}, ${runs} runs, seed ${flags.seed}; reports in ${relative(repoRoot, outDir)}/`,
);
console.log(
  'requests whose path Prism cannot decode (malformed percent escape) are answered by the mock directly, not proxied; Prism is restarted if it dies anyway',
);

const mock = await startMockServer({ spec, seed: flags.seed, tokens: [process.env.CIRCLECI_TOKEN] });
const prism = await startPrismProxy(specPath, mock.url);
const proxy = await startRewritingProxy({ prism: prism.ready, mock: mock.url, rewrite: slugPathRewriter(spec) });
const results = [];
try {
  for (const [index, phase] of PHASES.entries()) {
    proxy.phase = phase.name;
    const before = proxy.exchanges.length;
    const args = ['--target', proxy.url, '--allow-writes', '--runs', String(runs), '--seed', String(flags.seed)];
    args.push('--checks', phase.checks);
    if (flags.short) args.push('--ops', ops.join(','));
    const run = await runConformance(args, join(outDir, phase.name));
    const summary = summarizeRun(run);
    const sent = proxy.exchanges.slice(before);
    const proxied = sent.filter((e) => e.notProxied === undefined).length;
    console.log(
      `[${index + 1}/${PHASES.length}] ${phase.name} phase: ${sent.length} requests (${proxied} proxied); conformance ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped${run.problem ? `; ${run.problem}` : ''} in ${run.seconds.toFixed(1)} s`,
    );
    results.push({ phase: phase.name, run, summary });
  }
} finally {
  await proxy.close();
  await prism.stop();
  await mock.close();
}
const wall = (performance.now() - started) / 1000;

const exchanges = proxy.exchanges;
const groups = groupViolations(exchanges, exceptions);
const response = groups.filter((g) => g.kind === 'response');
const request = groups.filter((g) => g.kind === 'request');
const unlisted = response.filter((g) => !g.known);
const sum = (list) => list.reduce((n, g) => n + g.count, 0);

console.log(
  `\nresponse violations (${sum(response)} in ${response.length} groups, ${unlisted.length} groups unlisted)`,
);
for (const line of responseViolationLines(response)) console.log(line);
if (response.length === 0) console.log('  none');
console.log(`\nrequest violations by phase and code (${sum(request)}; expected from the negative and auth phases)`);
console.log(request.length > 0 ? requestViolationTable(request) : '  none');
const validRequest = request.filter((g) => g.phases.valid);
if (validRequest.length > 0) {
  console.log('\nrequest violations in the valid phase (the runner meant these requests to be valid)');
  for (const g of validRequest)
    console.log(
      `  ${g.operationId} [${g.code}] ${g.location}: ${g.message} ×${g.phases.valid}; e.g. ${g.example.method} ${g.example.url}`,
    );
}
console.log('');
console.log(operationTable(exchanges, groups));

const notProxied = new Map();
for (const e of exchanges) if (e.notProxied) notProxied.set(e.notProxied, (notProxied.get(e.notProxied) ?? 0) + 1);
console.log(
  `not proxied (answered by the mock directly): ${notProxied.size === 0 ? '0' : [...notProxied].map(([why, n]) => `${n} (${why})`).join(', ')}`,
);
console.log(
  `prism restarts: ${prism.restarts}${prism.deaths.length ? ` (${[...new Set(prism.deaths)].join('; ')})` : ''}`,
);
// Only entries for the operations this run targets: --short leaves most out.
const targeted = new Set(ops);
for (const key of Object.keys(exceptions))
  if (targeted.has(key.split(' ')[0]) && !response.some((g) => g.known?.key === key))
    console.log(`note: known exception "${key}" matched nothing in this run`);

const seen = new Set(exchanges.map((e) => e.operationId).filter(Boolean));
const proxiedOps = new Set(exchanges.filter((e) => !e.notProxied && e.operationId).map((e) => e.operationId));
const missing = ops.filter((id) => !seen.has(id));
if (missing.length > 0) console.log(`operations never seen: ${missing.join(', ')}`);
writeFileSync(
  join(outDir, 'violations.json'),
  `${JSON.stringify({ groups, exchanges: exchanges.filter((e) => e.violations.length > 0 || e.notProxied) }, null, 2)}\n`,
);

const unfinished = results.filter((r) => r.run.problem);
const proxiedCount = exchanges.filter((e) => !e.notProxied).length;
console.log(
  `\n${exchanges.length} requests, ${proxiedCount} proxied; ${ops.filter((id) => proxiedOps.has(id)).length} of ${ops.length} operations validated by Prism` +
    (proxiedOps.size > ops.length ? ` (${proxiedOps.size} with the stateful flows' other calls); ` : '; ') +
    `${sum(response)} response violations (${sum(response.filter((g) => g.known))} known, ${sum(unlisted)} unlisted in ${unlisted.length} groups), ` +
    `${sum(request)} request violations; ${prism.restarts} Prism restarts; wall ${formatDuration(wall)}` +
    (unfinished.length ? `; runs that did not finish: ${unfinished.map((r) => r.phase).join(', ')}` : ''),
);
process.exit(unlisted.length > 0 || unfinished.length > 0 ? 1 : 0);
