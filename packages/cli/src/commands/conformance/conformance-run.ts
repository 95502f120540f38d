import { resolve } from 'node:path';
import type { Command } from 'commander';
import {
  CHECK_IDS,
  failureText,
  readReplayFile,
  runConformance,
  summaryTable,
  writeReports,
  type ConformanceReport,
  type RunConformanceOptions,
} from '@circleci-kit/conformance';
import { createPactWriter } from '@circleci-kit/pact';
import type { CommandContext } from '../../command-context.js';
import type { CircleciKitConfig } from '../../config.js';
import { ExitCode } from '../../exit-codes.js';
import { printJson, type CliIo } from '../../io.js';
import { loadSpecForCli } from '../../load-spec-for-cli.js';
import { choiceListOption, integerOption } from '../../option-parsers.js';
import { resolveTarget, targetOption } from '../../resolve-target.js';
import { addSpecOptions } from '../../spec-options.js';
import { reportFlag, shardFlag, type ConformanceFlags } from './conformance-options.js';
import { progressReporter } from './progress-reporter.js';

/** The `--report` text of the config's `reports` (`junit=PATH,json=PATH,html=PATH`), or undefined. */
export function reportsFromConfig(config: CircleciKitConfig): string | undefined {
  const entries = Object.entries(config.reports ?? {}).filter(([, path]) => path !== undefined);
  return entries.length === 0 ? undefined : entries.map(([format, path]) => `${format}=${path}`).join(',');
}

/**
 * Prints the summary, the failures and the report paths (or, with `json`,
 * the report itself as JSON); returns the exit code of the run.
 */
export function printOutcome(io: CliIo, report: ConformanceReport, paths: readonly string[], json = false): number {
  if (json) {
    printJson(io, report);
    if (report.aborted)
      io.stderr(`circleci-kit: the run stopped early: ${report.aborted.reason}; the reports are partial\n`);
    return report.aborted ? ExitCode.target : report.totals.failed > 0 ? ExitCode.checkFailed : ExitCode.ok;
  }
  io.stdout(summaryTable(report));
  const failures = report.results.filter((result) => result.status === 'failed');
  if (failures.length > 0) io.stdout(`\n${failures.map(failureText).join('\n')}`);
  for (const path of paths) io.stdout(`report: ${path}\n`);
  if (report.aborted) {
    io.stderr(`circleci-kit: the run stopped early: ${report.aborted.reason}; the reports are partial\n`);
    return ExitCode.target;
  }
  return report.totals.failed > 0 ? ExitCode.checkFailed : ExitCode.ok;
}

/**
 * Registers `conformance` (the run itself; `conformance merge` is its
 * subcommand): property-based conformance of every operation against the
 * embedded mock or a base URL. Exit 0 every check passed, 1 a check failed,
 * 2 usage error, 3 target unreachable (with partial reports).
 *
 * @example
 * registerConformanceRun(program, context); // circleci-kit conformance --runs 20 --seed 1
 */
export function registerConformanceRun(program: Command, context: CommandContext): Command {
  const { io, setExitCode } = context;
  return addSpecOptions(program.command('conformance'))
    .description('property-test every operation against the embedded mock (default) or a base URL')
    .option(
      '--target <mock|url>',
      'mock, or the API base of a provider, e.g. https://circleci.com/api/v2 (default: config target, else mock)',
      targetOption,
    )
    .option('--runs <n>', 'cases per property', integerOption(), 100)
    .option('--seed <n>', 'the seed of every property (default: random, printed)', integerOption({ min: 0 }))
    .option('--ops <a,b>', 'only these operationIds')
    .option(
      '--checks <x,y>',
      'only these checks (see the package README for the catalogue)',
      choiceListOption(CHECK_IDS),
    )
    .option('--shard <i/n>', 'run shard i of n (default: CIRCLE_NODE_INDEX/CIRCLE_NODE_TOTAL when set)')
    .option('--report <list>', 'write reports: junit=PATH,json=PATH,html=PATH (default: config reports)')
    .option('--pact-dir <dir>', 'where the Pact writer puts contracts (default: config pact.dir, else no pact)')
    .option('--json', 'print the JSON report (format circleci-kit-conformance/1) instead of the summary')
    .option('--allow-writes', 'send POST, PUT, PATCH and DELETE to a non-mock target')
    .option('--response-time-budget <ms>', 'turn on response-time with this budget', integerOption({ min: 1 }))
    .option('--strict-status', 'only declared statuses pass status-code-declared (no 404/429 allowance)')
    .option('--timeout <ms>', 'a request slower than this ends the run with exit 3', integerOption({ min: 1 }), 10_000)
    .option('--replay <file>', 'run exactly the case of a replay file again')
    .option('--replay-dir <dir>', 'where replay files of failures are written', 'reports/conformance/replays')
    .addHelpText(
      'after',
      `
The token comes from CIRCLECI_TOKEN, CIRCLE_TOKEN or the config's tokenEnv (any token works against the mock).
Exit codes: 0 every check passed, 1 a check failed, 2 usage, 3 target unreachable (partial reports).

Examples:
  $ circleci-kit conformance --runs 20 --seed 1 --report junit=reports/conformance.xml,html=reports/conformance.html
  $ circleci-kit conformance --ops getPipelineById,triggerPipeline --checks response-schema,stateful
  $ CIRCLECI_TOKEN=… circleci-kit conformance --target https://circleci.com/api/v2 --runs 5
  $ circleci-kit conformance --shard 2/4 --report json=reports/shard-2.json
  $ circleci-kit conformance merge reports/shard-*.json --report junit=reports/conformance.xml
  $ circleci-kit conformance --replay reports/conformance/replays/getPipelineById.response-schema.json
`,
    )
    .action(async (flags: ConformanceFlags) => {
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
        ...(pactDir ? { pactDir: resolve(io.cwd, pactDir) } : {}),
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
    });
}
