/**
 * How long compiling the validators of the current spec takes, which
 * `pnpm bench:schema` does not measure (it measures validation): every
 * validator compiled at run time, the standalone code a code cache stores
 * written for all of them at once, that code loaded again (a cache hit),
 * and one schema compiled on its own (`compileValidator`, a new Ajv each
 * time). Medians of 9 runs after 2 warm-ups, in CPU time of this process
 * (on a busy machine, wall time mostly measures the other processes) and
 * wall time.
 *
 * @example
 * ```sh
 * node_modules/.bin/tsx packages/schema/scripts/compile-bench.ts
 * ```
 */
import { locateFixture } from '@circleci-kit/fixtures/locate';
import { loadSpec, type LoadedSpec } from '@circleci-kit/spec-loader';
import { evaluateStandaloneCode } from '../src/disk-cache.ts';
import { compileValidator, createValidators, specSchemas } from '../src/index.ts';

const RUNS = 9;
const WARMUP = 2;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Median CPU and wall time of `task`, in ms. */
function measure(task: (run: number) => void): { cpu: number; wall: number } {
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let run = 0; run < WARMUP + RUNS; run++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    task(run);
    const used = process.cpuUsage(usage);
    if (run < WARMUP) continue;
    cpu.push((used.user + used.system) / 1000);
    wall.push(performance.now() - started);
  }
  return { cpu: median(cpu), wall: median(wall) };
}

const spec = await loadSpec(locateFixture('specs/current/openapi.json'));
const entries = specSchemas(spec);
let round = 0;
/** The spec under a fingerprint not seen before, so that nothing compiled earlier is reused. */
const fresh = (): LoadedSpec => ({ ...spec, fingerprint: `compile-bench-${round++}` });

let code = '';
const figures = {
  [`compile all ${entries.length} validators at run time`]: measure(() => {
    const validators = createValidators(fresh());
    for (const entry of entries) validators.byKey(entry.key);
  }),
  'write their standalone code': measure(() => {
    createValidators(fresh(), {
      codeCache: {
        load: () => undefined,
        store: (_fingerprint, stored) => {
          code = stored;
        },
      },
    });
  }),
  // A new source text each run, so that the engine cannot reuse an earlier compile of it.
  'load that code again (cache hit)': measure((run) => evaluateStandaloneCode(`${code}\n// ${run}`)),
  'compileValidator, one request body': measure(() => {
    const body = entries.find((entry) => entry.key.includes('|body|'))!;
    compileValidator(body.schema, { direction: body.direction });
  }),
};

console.log(`standalone code: ${code.length} characters`);
console.table(
  Object.fromEntries(
    Object.entries(figures).map(([name, { cpu, wall }]) => [
      name,
      { 'CPU ms': cpu.toFixed(1), 'wall ms': wall.toFixed(1) },
    ]),
  ),
);
