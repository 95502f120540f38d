// The conformance traffic through Prism: the embedded mock, Prism in proxy mode in front of it, the
// rewriting proxy in front of Prism, and one conformance run per phase.
import { join } from 'node:path';
import { startMockServer } from '../../../packages/mock-server/dist/index.js';
import { PRISM_PHASES } from './prism-phases.mjs';
import { prismBin, startPrismProxy } from './prism-proxy.mjs';
import { runConformance } from './run-conformance.mjs';
import { startRewritingProxy } from './rewriting-proxy.mjs';
import { slugPathRewriter } from './slug-path-rewriter.mjs';
import { summarizeRun } from './summarize-run.mjs';

/** The one token the mock accepts; never a real one, since the proxies see it. */
const TOKEN = 'prism-check';

/**
 * @typedef {object} PhaseRun
 * @property {string} phase
 * @property {import('./run-conformance.mjs').ConformanceRun} run
 * @property {ReturnType<typeof import('./summarize-run.mjs').summarizeRun>} summary
 * @property {number} requests the requests of this phase
 * @property {number} proxied those that went through Prism
 */

/**
 * @typedef {object} PrismTraffic
 * @property {import('./rewriting-proxy.mjs').ProxiedExchange[]} exchanges every request of every phase
 * @property {PhaseRun[]} phases in the order they ran
 * @property {number} restarts how often Prism died and was started again
 * @property {string[]} deaths the first error line Prism printed each time it died
 * @property {number} seconds wall time from the mock's start to the last stop
 */

/**
 * Starts the embedded mock (seed `seed`, one accepted token), Prism in
 * proxy mode in front of it and the rewriting proxy in front of Prism, then
 * runs the built CLI's `conformance` once per phase of {@link PRISM_PHASES}
 * against the proxy (`--allow-writes --runs <runs> --seed <seed>`, and
 * `--ops` when `ops` is given), each with its JSON report under
 * `<outDir>/<phase>`; stops everything, also on a throw.
 *
 * @param {object} options
 * @param {import('../../../packages/spec-loader/dist/src/index.js').LoadedSpec} options.spec the loaded spec
 * @param {string} options.specPath the same spec's path, which Prism reads raw and the conformance runs load
 * @param {string[] | undefined} options.ops the operations to run, or `undefined` for all
 * @param {number} options.runs cases per property
 * @param {number} options.seed the seed of the runs and of the mock
 * @param {string} options.outDir where the phases' reports go
 * @param {string} [options.bin] Prism's CLI entry (default: tools/bench's)
 * @param {(phase: PhaseRun, index: number) => void} [options.onPhase] called as each phase ends
 * @returns {Promise<PrismTraffic>}
 * @example
 * const traffic = await runPrismTraffic({ spec, specPath, ops: undefined, runs: 1, seed: 1, outDir });
 * traffic.exchanges.filter((e) => e.violations.length > 0).length;
 */
export async function runPrismTraffic({ spec, specPath, ops, runs, seed, outDir, bin = prismBin, onPhase }) {
  const started = performance.now();
  const mock = await startMockServer({ spec, seed, tokens: [TOKEN] });
  let prism;
  let proxy;
  const phases = [];
  try {
    prism = await startPrismProxy(specPath, mock.url, { bin });
    proxy = await startRewritingProxy({ prism: prism.ready, mock: mock.url, rewrite: slugPathRewriter(spec) });
    for (const [index, phase] of PRISM_PHASES.entries()) {
      proxy.phase = phase.name;
      const before = proxy.exchanges.length;
      const args = ['--spec', specPath, '--target', proxy.url, '--allow-writes', '--runs', String(runs)];
      args.push('--seed', String(seed), '--checks', phase.checks);
      if (ops !== undefined) args.push('--ops', ops.join(','));
      const run = await runConformance(args, join(outDir, phase.name), { CIRCLECI_TOKEN: TOKEN });
      const sent = proxy.exchanges.slice(before);
      const result = {
        phase: phase.name,
        run,
        summary: summarizeRun(run),
        requests: sent.length,
        proxied: sent.filter((e) => e.notProxied === undefined).length,
      };
      phases.push(result);
      onPhase?.(result, index);
    }
  } finally {
    await proxy?.close();
    await prism?.stop();
    await mock.close();
  }
  return {
    exchanges: proxy.exchanges,
    phases,
    restarts: prism.restarts,
    deaths: prism.deaths,
    seconds: (performance.now() - started) / 1000,
  };
}
