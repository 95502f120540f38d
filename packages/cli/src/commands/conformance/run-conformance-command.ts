import { resolve } from 'node:path';
import {
  readReplayFile,
  runConformance,
  writeReports,
  type ConformanceReport,
  type RunConformanceOptions,
} from '@circleci-kit/conformance';
import { createPactWriter } from '@circleci-kit/pact';
import type { CommandContext } from '../../command-context.ts';
import type { CircleciKitConfig } from '../../config.ts';
import { loadSpecForCli } from '../../load-spec-for-cli.ts';
import { resolveTarget } from '../../resolve-target.ts';
import { reportFlag, shardFlag, type ConformanceFlags } from './conformance-options.ts';
import { printOutcome } from './print-outcome.ts';
import { progressReporter } from './progress-reporter.ts';

/** The `--report` text of the config's `reports` (`junit=PATH,json=PATH,html=PATH`), or undefined. */
export function reportsFromConfig(config: CircleciKitConfig): string | undefined {
  const entries = Object.entries(config.reports ?? {});
  return entries.length === 0 ? undefined : entries.map(([format, path]) => `${format}=${path}`).join(',');
}

/**
 * Runs `circleci-kit conformance`: resolves the target, token, spec and
 * reports from the flags and the config, runs the checks with a progress
 * bar, writes the reports (and the pact, with a pact folder) and sets the
 * exit code of the outcome.
 *
 * @example
 * await runConformanceCommand({ runs: 25, seed: 1, timeout: 10_000, replayDir: 'reports/conformance/replays' }, context);
 */
export async function runConformanceCommand(flags: ConformanceFlags, context: CommandContext): Promise<void> {
  const { io, setExitCode } = context;
  const { config } = await context.config();
  const { quiet } = context.globals();
  const reports = reportFlag(flags.report ?? reportsFromConfig(config), io);
  const pactDir = flags.pactDir ?? config.pact?.dir;
  const replay = flags.replay === undefined ? undefined : readReplayFile(resolve(io.cwd, flags.replay));
  const { target, token: resolvedToken } = resolveTarget(flags.target, config, io.env);
  const token = resolvedToken.value;
  const { spec } = await loadSpecForCli(
    io,
    { ...(flags.spec ? { spec: flags.spec } : {}), cache: flags.cache !== false, lenient: true },
    context,
  );
  const ops = flags.ops
    ?.split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const pacts = pactDir
    ? createPactWriter({ dir: resolve(io.cwd, pactDir), spec, ...(token ? { token } : {}) })
    : undefined;
  const progress = progressReporter(io, quiet);
  // runConformance checks the options it is given (operations, runs, a token for a URL target).
  const options: RunConformanceOptions = {
    spec,
    target,
    ...(token === undefined || target === 'mock' ? {} : { token }),
    tokenEnv: resolvedToken.candidates.join(' or '),
    runs: replay?.runs ?? flags.runs,
    ...(replay ? { seed: replay.seed } : flags.seed === undefined ? {} : { seed: flags.seed }),
    ...(replay ? { operations: [replay.operationId], checks: [replay.check], replay } : {}),
    ...(!replay && ops ? { operations: ops } : {}),
    ...(!replay && flags.checks ? { checks: flags.checks } : {}),
    shard: replay ? undefined : shardFlag(flags.shard, io),
    allowWrites: flags.allowWrites === true,
    ...(flags.responseTimeBudget === undefined ? {} : { responseTimeBudgetMs: flags.responseTimeBudget }),
    strictStatus: flags.strictStatus === true,
    timeoutMs: flags.timeout,
    replayDir: resolve(io.cwd, flags.replayDir),
    ...(pacts ? { interactions: pacts.record } : {}),
    onProgress: progress.onProgress,
  };
  let report: ConformanceReport;
  try {
    report = await runConformance(options);
  } finally {
    progress.finish();
  }
  writeReports(report, reports);
  const pactPath = pacts ? (await pacts.flush()).path : undefined;
  if (pactPath !== undefined) (flags.json ? io.stderr : io.stdout)(`pact: ${pactPath}\n`);
  setExitCode(
    printOutcome(
      io,
      report,
      reports.map((entry) => entry.path),
      flags.json === true,
    ) as 0 | 1 | 3,
  );
}
