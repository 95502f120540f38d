import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { mergeReports, writeReports, type ConformanceReport } from '@circleci-kit/conformance';
import { CliError } from '../../cli-error.js';
import type { CommandContext } from '../../command-context.js';
import { ExitCode } from '../../exit-codes.js';
import { reportFlag } from './conformance-options.js';
import { printOutcome } from './conformance-run.js';

/**
 * Registers `conformance merge <json…>`: merges the JSON reports of the
 * shards of one run into one report, prints its summary and writes the
 * reports asked for. Exit codes as for the run.
 *
 * @example
 * registerConformanceMerge(conformanceCommand, context); // circleci-kit conformance merge a.json b.json --report junit=all.xml
 */
export function registerConformanceMerge(group: Command, context: CommandContext): void {
  const { io, setExitCode } = context;
  group
    .command('merge')
    .description('merge the JSON reports of the shards of one run')
    .argument('<reports...>', 'JSON reports written with --report json=PATH')
    .option('--report <list>', 'write the merged reports: junit=PATH,json=PATH,html=PATH')
    .option('--json', 'print the merged JSON report instead of the summary')
    .addHelpText(
      'after',
      '\nExamples:\n  $ circleci-kit conformance merge reports/shard-1.json reports/shard-2.json --report junit=reports/conformance.xml,html=reports/conformance.html\n',
    )
    .action((files: string[], flags: { report?: string; json?: boolean }, command: Command) => {
      // `--report` is also an option of `conformance` itself, which may have taken it.
      const report = flags.report ?? (command.parent?.opts() as { report?: string } | undefined)?.report;
      const targets = reportFlag(report, io);
      const reports = files.map((file): ConformanceReport => {
        const path = resolve(io.cwd, file);
        try {
          const report = JSON.parse(readFileSync(path, 'utf8')) as ConformanceReport;
          if (report.format !== 'circleci-kit-conformance/1') throw new Error('not a conformance JSON report');
          return report;
        } catch (error) {
          throw new CliError(`cannot read ${file}: ${(error as Error).message}`, ExitCode.usage, 'BAD_REPORT');
        }
      });
      const merged = mergeReports(reports);
      writeReports(merged, targets);
      setExitCode(
        printOutcome(
          io,
          merged,
          targets.map((target) => target.path),
          flags.json === true || (command.parent?.opts() as { json?: boolean } | undefined)?.json === true,
        ) as 0 | 1 | 3,
      );
    });
}
