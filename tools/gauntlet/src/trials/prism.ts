/**
 * Prism: the conformance traffic for every operation, through Stoplight
 * Prism 5.14.2 in proxy mode in front of the embedded mock, with the
 * machinery and the exceptions of `pnpm check:prism` (tools/check): one
 * conformance run per phase (valid, negative, auth), seeded, 1 case per
 * property in the short form and 10 in the full one. It fails on what the
 * check fails on: a response violation `prism-exceptions.json` does not
 * list, an unlisted request violation in the valid phase, an exception
 * listed as always occurring that matched nothing, an operation Prism never
 * saw, a run that did not finish. Other exceptions that matched nothing are
 * reported as a warning.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSpec } from '@circleci-kit/spec-loader';
import { configSpec } from '../../../check/lib/config-spec.mjs';
import { readPrismExceptions } from '../../../check/lib/prism-exceptions.mjs';
import { prismFigures, type PrismFigures } from '../../../check/lib/prism-figures.mjs';
import { judgePrismTraffic } from '../../../check/lib/prism-judgement.mjs';
import { prismBinOf } from '../../../check/lib/prism-proxy.mjs';
import { runPrismTraffic } from '../../../check/lib/prism-traffic.mjs';
import { root } from '../lib/paths.ts';
import { describeError, Failures, pick, type Scale, type TrialResult } from '../lib/trial.ts';

/** The exceptions `pnpm check:prism` reads. */
const exceptionsPath = `${root}tools/check/prism-exceptions.json`;

/** The trial's line for the table. */
export function prismSummary(f: PrismFigures, runs: number, seed: number, unused: readonly string[]): string {
  const requests = Object.entries(f.requestByPhase)
    .map(([phase, n]) => `${phase} ${n}`)
    .join(', ');
  return (
    `${f.validated}/${f.operations} operations validated; ${f.proxied} of ${f.requests} requests through Prism (${runs} run${runs === 1 ? '' : 's'}, seed ${seed}); ` +
    `response violations ${f.responseKnown} known, ${f.responseUnlisted} unlisted; ` +
    `request violations ${requests || 'none'} (${f.requestKnown} known, ${f.requestValidUnlisted} unlisted in the valid phase); ` +
    `exceptions ${f.stale} stale, ${f.unused} unused${unused.length > 0 ? ` (warning: ${unused.join('; ')})` : ''}; ${f.restarts} Prism restarts`
  );
}

export async function run(scale: Scale): Promise<TrialResult> {
  const failures = new Failures();
  const runs = pick(scale, 1, 10);
  const specPath = configSpec();
  const spec = await loadSpec(specPath);
  const ops = [...spec.operations.keys()];
  const exceptions = readPrismExceptions(exceptionsPath);
  const outDir = mkdtempSync(join(tmpdir(), 'gauntlet-prism-'));
  const result = (summary: string, figures: TrialResult['figures']): TrialResult => ({
    name: 'prism',
    ok: failures.count === 0,
    summary,
    figures,
    failures: failures.list,
    totals: {},
  });
  try {
    const traffic = await runPrismTraffic({
      spec,
      specPath,
      ops: undefined,
      runs,
      seed: scale.seed,
      outDir,
      bin: prismBinOf('tools/gauntlet'),
    });
    const judgement = judgePrismTraffic(traffic, exceptions, ops);
    for (const problem of judgement.problems) failures.add(problem);
    const figures = prismFigures(traffic, judgement, ops);
    const unused = judgement.unused.map((e) => `${e.kind} "${e.key}" matched nothing`);
    return result(prismSummary(figures, runs, scale.seed, unused), {
      runs,
      requests: figures.requests,
      proxied: figures.proxied,
      operations: figures.operations,
      validated: figures.validated,
      responseKnown: figures.responseKnown,
      responseUnlisted: figures.responseUnlisted,
      requestValid: figures.requestByPhase['valid'] ?? 0,
      requestNegative: figures.requestByPhase['negative'] ?? 0,
      requestAuth: figures.requestByPhase['auth'] ?? 0,
      requestKnown: figures.requestKnown,
      requestValidUnlisted: figures.requestValidUnlisted,
      staleExceptions: figures.stale,
      unusedExceptions: unused.join('; '),
      prismRestarts: figures.restarts,
    });
  } catch (error) {
    failures.add(`the traffic through Prism did not run: ${describeError(error)}`);
    return result('did not run', {});
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
