/**
 * `pnpm bench:conformance`: wall time and requests per second of the full
 * conformance run — every operation of the current spec × 100 runs per
 * property, every default check — against the embedded mock, in-process.
 * Target (issue 7): under 60 s on this machine. Medians of 5 runs.
 */
import { locateFixture } from '@circleci-kit/fixtures/locate';
import { runConformance, type ConformanceReport } from '@circleci-kit/conformance';
import { loadSpec } from '@circleci-kit/spec-loader';
import { median, report, target } from '../harness.ts';

const specPath = locateFixture('specs/current/openapi.json');
const spec = await loadSpec(specPath);

const walls: number[] = [];
const rates: number[] = [];
let last: ConformanceReport | undefined;
for (let i = 0; i < 6; i++) {
  const started = performance.now();
  last = await runConformance({ spec, runs: 100, seed: 1 });
  const seconds = (performance.now() - started) / 1000;
  if (last.totals.failed > 0 || last.totals.error > 0)
    throw new Error(`the run failed ${last.totals.failed} checks: not a fair figure`);
  if (i === 0) continue; // warm-up
  walls.push(seconds);
  rates.push(last.requests / seconds);
  console.log(`run ${i}: ${seconds.toFixed(1)} s, ${last.requests} requests`);
}
const wall = median(walls);
report(
  'conformance',
  {
    'full run (110 ops × 100 runs): wall time, s': wall,
    'requests per second': median(rates),
    'requests per run': last!.requests,
    'results per run (operation × check)': last!.results.length,
  },
  [target('full run wall time (s)', wall, '<=', 60)],
);
