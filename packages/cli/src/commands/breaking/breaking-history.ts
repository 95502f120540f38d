import { Option, type Command } from 'commander';
import type { CommandContext } from '../../command-context.ts';
import { breakingExitCodes } from './exit-codes-help.ts';
import type { HistoryFlags } from './run-breaking-history.ts';

/**
 * Registers `breaking history DIR`: replays a folder of spec versions in
 * release order (INDEX.tsv dates, else file names), diffing each against
 * the one before, and prints a timeline; with `--log-history` each step is
 * checked against the log as it was published on its date.
 *
 * @example
 * registerBreakingHistory(group, context); // circleci-kit breaking history specs/history --log-history log/history
 */
export function registerBreakingHistory(group: Command, context: CommandContext): void {
  group
    .command('history')
    .description('replay a folder of spec versions and print a timeline of changes and log verdicts')
    .argument('<dir>', 'folder of spec versions (with an optional INDEX.tsv: file and date columns)')
    .option('--log <file>', 'one breaking-changes log for every step (default: config breaking.log)')
    .option(
      '--log-history <dir>',
      'dated log revisions (YYYY-MM-DD in each name); each step uses the one of its date (default: config breaking.logHistory)',
    )
    .option('--lead-days <n>', 'days ahead an entry must be dated to count as announced', '0')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(
      new Option('--fail-on <level>', 'exit 1 when any step has a change at this level')
        .choices(['error', 'warn', 'never'])
        .default('never'),
    )
    .option('--json', 'the same as --format json')
    .option('--include-docs', 'also report description, summary and example edits')
    .option('--no-cache', 'do not use the spec cache')
    .addHelpText(
      'after',
      [
        '',
        'Progress: a bar on a terminal, a line per step otherwise (on stderr); --quiet silences it.',
        'Each version is read on its own: a $ref to another file is refused (exit 2).',
        '',
        breakingExitCodes('a step has a change at --fail-on or above (default never: no exit 1)'),
        '',
        'Examples:',
        '  $ circleci-kit breaking history ../shared/specs/history',
        '  $ circleci-kit breaking history ../shared/specs/history --log-history ../shared/fixtures/breaking-log/history',
        '  $ circleci-kit breaking history specs/ --log breaking.md --format json',
        '',
      ].join('\n'),
    )
    .action(async (dir: string, flags: HistoryFlags) =>
      (await import('./run-breaking-history.ts')).runBreakingHistory(dir, flags, context),
    );
}
