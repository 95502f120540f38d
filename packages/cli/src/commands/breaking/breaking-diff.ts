import { Option, type Command } from 'commander';
import {
  applyIgnore,
  applySeverity,
  breakingReport,
  checkAgainstLog,
  diffSpecs,
  formatGithub,
  formatJunit,
  formatMarkdown,
  formatText,
  meetsFailOn,
  type FailOn,
  type StabilityLevel,
} from '@circleci-kit/breaking-changes';
import { CliError } from '../../cli-error.js';
import { ExitCode } from '../../exit-codes.js';
import { printJson } from '../../io.js';
import type { CommandContext } from '../../program.js';
import { breakingExitCodes } from './exit-codes-help.js';
import { lifecycleOptions, STABILITY_CHOICES } from './lifecycle-flags.js';
import { loadPair } from './load-pair.js';
import { readIgnore, readSeverity } from './read-controls.js';
import { notSeenBounds } from './not-seen-bounds.js';
import { readLog } from './read-log.js';

interface DiffFlags {
  log?: string;
  releaseDate?: string;
  leadDays: string;
  format: 'text' | 'json' | 'markdown' | 'junit' | 'github';
  failOn: FailOn;
  includeDocs?: boolean;
  deprecationDays: string;
  stabilityLevel?: StabilityLevel;
  severity?: string;
  ignore?: string;
  since?: string;
  allNotSeen?: boolean;
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
    .option(
      '--severity <file>',
      'override rule levels: one "rule-id: level" per line, level error|warn|info|off (default: config breaking.severity)',
    )
    .option(
      '--ignore <file>',
      'acknowledge known changes: one "rule-id METHOD /path [pointer] [until YYYY-MM-DD]" per line (default: config breaking.ignore)',
    )
    .option(
      '--since <YYYY-MM-DD>',
      "first day of the window for not-seen log entries (default: the old spec's INDEX.tsv date, else none)",
    )
    .option('--all-not-seen', 'list every not-seen log entry, whatever its date')
    .option('--json', 'the same as --format json')
    .option('--include-docs', 'also report description, summary and example edits')
    .option(
      '--deprecation-days <n>',
      'an operation deprecated in the new spec must carry an x-sunset at least this many days after the release date',
      '0',
    )
    .addOption(
      new Option(
        '--stability-level <level>',
        'check only operations at or above this x-stability-level (default: all, draft and alpha ones as info)',
      ).choices(STABILITY_CHOICES),
    )
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
        "Not-seen log entries are those dated from --since (or the old spec's date) to the release date plus",
        '--lead-days, both days included; undated entries are left out. --all-not-seen lists them all.',
        '',
        'Ignored changes stay in the output (JSON: "ignored": true, "ignoredBy": { file, line, text }) and never',
        'count toward --fail-on. A change\'s key is "rule-id METHOD /path pointer" (pointer: old, else new);',
        'an --ignore line past its "until" day is reported on stderr and ignores nothing.',
        '',
        'JSON output: { changes: [{ id, level, direction, operation: { method, path, operationId }, old, new, message, subjects,',
        '  ignored?, ignoredBy? }], log: { checked, announced, "announced-late", early, unannounced, "not-seen" },',
        '  summary: { error, warn, info, ignored? } }',
        '',
      ].join('\n'),
    )
    .action(async (oldSource: string, newSource: string, flags: DiffFlags) => {
      const [releaseDate, leadDays] = parseDateAndLead(
        flags.releaseDate,
        flags.leadDays,
        new Date().toISOString().slice(0, 10),
      );
      const today = new Date().toISOString().slice(0, 10);
      const lifecycle = lifecycleOptions({ ...flags, releaseDate });
      const bounds = notSeenBounds({ ...flags, cwd: io.cwd, oldSource, releaseDate, leadDays });
      const settings = async () => (await context.config()).config.breaking;
      const log = flags.log ?? (await settings())?.log;
      const parsedLog = log === undefined ? undefined : await readLog(io.cwd, log, '--log');
      const severity = flags.severity ?? (await settings())?.severity;
      const overrides = severity === undefined ? undefined : await readSeverity(io.cwd, severity, '--severity');
      const ignore = flags.ignore ?? (await settings())?.ignore;
      const ignoreEntries = ignore === undefined ? [] : await readIgnore(io.cwd, ignore, '--ignore');
      const found = await loadPair(io, oldSource, newSource, flags.cache, (old, next) =>
        diffSpecs(old, next, { includeDocs: flags.includeDocs === true, ...lifecycle }),
      );
      const { changes, expired } = applyIgnore(
        overrides === undefined ? found : applySeverity(found, overrides),
        ignoreEntries,
        today,
      );
      for (const entry of expired) {
        io.stderr(
          `warning: --ignore ${entry.file}:${entry.line}: expired on ${entry.until}, no longer ignores: ${entry.text}\n`,
        );
      }
      const check =
        parsedLog === undefined ? undefined : checkAgainstLog(changes, parsedLog, { releaseDate, leadDays, ...bounds });
      const report = breakingReport(changes, check);
      if (flags.format === 'json' || flags.json === true) printJson(io, report);
      else if (flags.format === 'markdown') io.stdout(formatMarkdown(report));
      else if (flags.format === 'junit') io.stdout(await formatJunit(report, flags.failOn));
      else if (flags.format === 'github') io.stdout(formatGithub(report));
      else io.stdout(formatText(report));
      if (meetsFailOn(report.changes, flags.failOn)) setExitCode(ExitCode.checkFailed);
    });
}
