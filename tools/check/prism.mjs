#!/usr/bin/env node
// `pnpm check:prism`: the conformance traffic through Stoplight Prism in proxy
// mode in front of the embedded mock, with every `sl-violations` header Prism
// adds, grouped. An independent validator of the mock's answers. See README.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadSpec } from '../../packages/spec-loader/dist/src/index.js';
import { configSpec } from './lib/config-spec.mjs';
import { parseFlags } from './lib/parse-flags.mjs';
import { readPrismExceptions } from './lib/prism-exceptions.mjs';
import { prismFigures } from './lib/prism-figures.mjs';
import { judgePrismTraffic } from './lib/prism-judgement.mjs';
import {
  operationTable,
  responseViolationLines,
  summaryLine,
  validRequestLines,
  violationKindTable,
} from './lib/prism-report.mjs';
import { PRISM_PHASES } from './lib/prism-phases.mjs';
import { runPrismTraffic } from './lib/prism-traffic.mjs';
import { repoRoot } from './lib/repo-root.mjs';

const usage = `usage: node tools/check/prism.mjs [--runs N] [--seed N] [--short] [--exceptions FILE] [--out DIR]

Sends the conformance traffic for every operation of the spec in
circleci-kit.config.json (--runs 5 cases per property, --seed 1) through
Stoplight Prism 5.14.2 in proxy mode in front of the embedded mock, and groups
the sl-violations headers Prism adds. Three conformance runs, one per phase:
valid (response checks, pagination, stateful), negative (negative-rejected),
auth (auth-enforced). Requests whose path holds a malformed percent escape are
answered by the mock directly (Prism exits on them) and counted as not proxied.
--short: 2 runs (unless --runs is given) over a fixed subset of operations.
Violations listed in --exceptions (default tools/check/prism-exceptions.json,
{ "response" | "request": { "<operationId> <status> <location or message
fragment>": { "reason": "…", "always": true } } }) are known.
Exits 1 on an unlisted response violation, an unlisted request violation in
the valid phase, an "always" exception that matched nothing, an operation
Prism never saw or a run that did not finish; 2 on a bad flag.`;

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
  exceptions = readPrismExceptions(
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
console.log(
  `conformance traffic through Prism 5.14.2 (proxy, --errors=false) in front of the embedded mock: ${ops.length} operations of ${relative(repoRoot, specPath)}, ${runs} runs, seed ${flags.seed}; reports in ${relative(repoRoot, outDir)}/`,
);
console.log(
  'requests whose path Prism cannot decode (malformed percent escape) are answered by the mock directly, not proxied; Prism is restarted if it dies anyway',
);

const traffic = await runPrismTraffic({
  spec,
  specPath,
  ops: flags.short ? ops : undefined,
  runs,
  seed: flags.seed,
  outDir,
  onPhase: ({ phase, run, summary, requests, proxied }, index) =>
    console.log(
      `[${index + 1}/${PRISM_PHASES.length}] ${phase} phase: ${requests} requests (${proxied} proxied); conformance ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped${run.problem ? `; ${run.problem}` : ''} in ${run.seconds.toFixed(1)} s`,
    ),
});
const judgement = judgePrismTraffic(traffic, exceptions, ops);
const figures = prismFigures(traffic, judgement, ops);
const { response, request, unlistedResponse } = judgement;

console.log(
  `\nresponse violations (${figures.responseViolations} in ${response.length} groups, ${unlistedResponse.length} groups unlisted)`,
);
for (const line of responseViolationLines(response)) console.log(line);
if (response.length === 0) console.log('  none');
console.log(`\nresponse violations by phase and kind (${figures.responseViolations})`);
console.log(response.length > 0 ? violationKindTable(response) : '  none');
console.log(
  `\nrequest violations by phase and kind (${figures.requestViolations}; expected from the negative and auth phases)`,
);
console.log(request.length > 0 ? violationKindTable(request) : '  none');
const validLines = validRequestLines(request);
console.log('\nrequest violations in the valid phase (the runner meant these requests to be valid)');
console.log(validLines.length > 0 ? validLines.join('\n') : '  none');
console.log('');
console.log(operationTable(traffic.exchanges, judgement.groups));

const notProxied = Object.entries(figures.notProxied);
console.log(
  `not proxied (answered by the mock directly): ${notProxied.length === 0 ? '0' : notProxied.map(([why, n]) => `${n} (${why})`).join(', ')}`,
);
console.log(
  `prism restarts: ${traffic.restarts}${traffic.deaths.length ? ` (${[...new Set(traffic.deaths)].join('; ')})` : ''}`,
);
// Only entries for the operations this run targets: --short leaves most out.
for (const e of judgement.unused) console.log(`note: known ${e.kind} exception "${e.key}" matched nothing in this run`);
writeFileSync(
  join(outDir, 'violations.json'),
  `${JSON.stringify({ groups: judgement.groups, exchanges: traffic.exchanges.filter((e) => e.violations.length > 0 || e.notProxied) }, null, 2)}\n`,
);
if (judgement.problems.length > 0) {
  console.log('\nthe run fails on:');
  for (const problem of judgement.problems) console.log(`  ✗ ${problem}`);
}
console.log(`\n${summaryLine(figures, judgement)}`);
process.exit(judgement.problems.length > 0 ? 1 : 0);
