import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { mergeReports, writeReports, type ConformanceReport } from '@circleci-kit/conformance';
import { CliError } from '../../cli-error.ts';
import type { CommandContext } from '../../command-context.ts';
import { ExitCode } from '../../exit-codes.ts';
import { reportFlag } from './conformance-options.ts';
import { printOutcome } from './print-outcome.ts';

/**
 * Runs `conformance merge`: reads the shards' JSON reports, merges them,
 * writes the reports asked for and sets the exit code of the merged outcome.
 *
 * @example
 * runConformanceMerge(['a.json', 'b.json'], { report: 'junit=all.xml' }, command, context);
 */
export function runConformanceMerge(
  files: string[],
  flags: { report?: string; json?: boolean },
  command: Command,
  context: CommandContext,
): void {
  const { io, setExitCode } = context;
  // `--report` is also an option of `conformance` itself, which may have taken it.
  const report = flags.report ?? command.parent?.opts<{ report?: string }>().report;
  const targets = reportFlag(report, io);
  const reports = files.map((file): ConformanceReport => {
    const path = resolve(io.cwd, file);
    try {
      const report = JSON.parse(readFileSync(path, 'utf8')) as { format?: unknown };
      if (report.format !== 'circleci-kit-conformance/1') throw new Error('not a conformance JSON report');
      return report as ConformanceReport;
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
      flags.json === true || command.parent?.opts<{ json?: boolean }>().json === true,
    ) as 0 | 1 | 3,
  );
}
