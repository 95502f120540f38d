import type { StabilityLevel } from '@circleci-kit/breaking-changes';
import { Option, type Command } from 'commander';
import type { CommandContext } from '../../command-context.ts';
import { breakingExitCodes } from './exit-codes-help.ts';
import type { DiffFlags } from './run-breaking-diff.ts';

/** The stability levels `--stability-level` accepts, least stable first. */
export const STABILITY_CHOICES: readonly StabilityLevel[] = ['draft', 'alpha', 'beta', 'stable'];

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
    .option(
      '--pacts <file-or-dir>',
      'a pact file or folder: name the consumers each change reaches and the interactions the new spec breaks, in text and JSON output (default: config breaking.pacts)',
    )
    .option(
      '--fail-on-consumers',
      'with --pacts: exit 1 only for --fail-on changes that reach a consumer, or for a broken interaction',
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
        'With --pacts, each change also has consumers and interactions (the consumer names and interaction',
        'descriptions it reaches), and the output adds consumerFindings: [{ consumer, interaction, reason, rules, gap }]',
        '(interactions that hold against OLD but fail against NEW, as pact check-spec judges them; gap: no change',
        'on that operation) and consumers: [{ consumer, status: safe|affected|broken, breakingChanges, brokenInteractions }].',
        '',
      ].join('\n'),
    )
    .action(async (oldSource: string, newSource: string, flags: DiffFlags) =>
      (await import('./run-breaking-diff.ts')).runBreakingDiff(oldSource, newSource, flags, context),
    );
}
