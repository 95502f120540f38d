import { Option, type Command } from 'commander';
import {
  breakingReport,
  checkAgainstLog,
  diffSpecs,
  formatGithub,
  formatJunit,
  formatMarkdown,
  formatText,
  meetsFailOn,
  type FailOn,
} from '@circleci-kit/breaking-changes';
import { CliError } from '../../cli-error.js';
import { ExitCode } from '../../exit-codes.js';
import { printJson } from '../../io.js';
import type { CommandContext } from '../../program.js';
import { breakingExitCodes } from './exit-codes-help.js';
import { loadPair } from './load-pair.js';
import { readLog } from './read-log.js';

interface DiffFlags {
  log?: string;
  releaseDate?: string;
  leadDays: string;
  format: 'text' | 'json' | 'markdown' | 'junit' | 'github';
  failOn: FailOn;
  includeDocs?: boolean;
  cache: boolean;
  json?: boolean;
}

/** Checks `--release-date` (YYYY-MM-DD, a real day) and `--lead-days` (a whole number ≥ 0). */
export function parseDateAndLead(releaseDate: string | undefined, leadDays: string, today: string): [string, number] {
  const date = releaseDate ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new CliError(`--release-date must be a day written YYYY-MM-DD, got "${date}"`, ExitCode.usage, 'BAD_DATE');
  }
  if (!/^\d+$/.test(leadDays)) {
    throw new CliError(
      `--lead-days must be a whole number of days, got "${leadDays}"`,
      ExitCode.usage,
      'BAD_LEAD_DAYS',
    );
  }
  return [date, Number(leadDays)];
}

/**
 * Registers `breaking diff OLD NEW`: diffs two spec versions with the rule
 * catalogue, optionally checks the breaking changes against a
 * breaking-changes log, prints text, JSON, Markdown, JUnit XML or GitHub
 * annotations, and exits 1 when the `--fail-on` threshold is met (and for
 * nothing else: a spec that cannot be loaded exits 2, or 3 for a URL that
 * cannot be reached).
 *
 * @example
 * registerBreakingDiff(group, context); // circleci-kit breaking diff old.json new.json --log breaking.md
 */
export function registerBreakingDiff(group: Command, context: CommandContext): void {
  const { io, setExitCode } = context;
  group
    .command('diff')
    .description('diff two spec versions; exit 1 when a change meets --fail-on')
    .argument('<old>', 'the old spec: a file or an http(s) URL')
    .argument('<new>', 'the new spec: a file or an http(s) URL')
    .option(
      '--log <file>',
      'a breaking-changes log (Markdown) to hold each breaking change against (default: config breaking.log)',
    )
    .option('--release-date <YYYY-MM-DD>', 'the day the new version ships (default: today)')
    .option('--lead-days <n>', 'days ahead an entry must be dated to count as announced', '0')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'json', 'markdown', 'junit', 'github'])
        .default('text'),
    )
    .addOption(
      new Option('--fail-on <level>', 'exit 1 at this level or above')
        .choices(['error', 'warn', 'never'])
        .default('error'),
    )
    .option('--json', 'the same as --format json')
    .option('--include-docs', 'also report description, summary and example edits')
    .option('--no-cache', 'do not use the spec cache')
    .addHelpText(
      'after',
      [
        '',
        'A spec file may $ref other files inside its own folder; they are read as part of it.',
        '',
        breakingExitCodes(),
        '',
        'Examples:',
        '  $ circleci-kit breaking diff old/openapi.json openapi.json',
        '  $ circleci-kit breaking diff old.json new.json --log breaking.md --release-date 2019-12-06 --format markdown',
        '  $ circleci-kit breaking diff old.json new.json --format junit --fail-on warn > reports/breaking.xml',
        '',
        'JSON output: { changes: [{ id, level, direction, operation: { method, path, operationId }, old, new, message, subjects }],',
        '  log: { checked, announced, "announced-late", early, unannounced, "not-seen" }, summary: { error, warn, info } }',
        '',
      ].join('\n'),
    )
    .action(async (oldSource: string, newSource: string, flags: DiffFlags) => {
      const [releaseDate, leadDays] = parseDateAndLead(
        flags.releaseDate,
        flags.leadDays,
        new Date().toISOString().slice(0, 10),
      );
      const log = flags.log ?? (await context.config()).config.breaking?.log;
      const parsedLog = log === undefined ? undefined : await readLog(io.cwd, log, '--log');
      const changes = await loadPair(io, oldSource, newSource, flags.cache, (old, next) =>
        diffSpecs(old, next, { includeDocs: flags.includeDocs === true }),
      );
      const check =
        parsedLog === undefined ? undefined : checkAgainstLog(changes, parsedLog, { releaseDate, leadDays });
      const report = breakingReport(changes, check);
      if (flags.format === 'json' || flags.json === true) printJson(io, report);
      else if (flags.format === 'markdown') io.stdout(formatMarkdown(report));
      else if (flags.format === 'junit') io.stdout(await formatJunit(report, flags.failOn));
      else if (flags.format === 'github') io.stdout(formatGithub(report));
      else io.stdout(formatText(report));
      if (meetsFailOn(changes, flags.failOn)) setExitCode(ExitCode.checkFailed);
    });
}
