import { isAbsolute, join } from 'node:path';
import { existsSync } from 'node:fs';
import { Option, type Command } from 'commander';
import {
  formatTimeline,
  meetsFailOn,
  replayHistory,
  type FailOn,
  type ReplayOptions,
} from '@circleci-kit/breaking-changes';
import { SpecError } from '@circleci-kit/spec-loader';
import { CliError } from '../../cli-error.js';
import { ExitCode } from '../../exit-codes.js';
import { printJson } from '../../io.js';
import { userCacheDir } from '../../load-spec-for-cli.js';
import { createProgress } from '../../progress.js';
import type { CommandContext } from '../../program.js';
import { parseDateAndLead } from './breaking-diff.js';
import { breakingExitCodes } from './exit-codes-help.js';
import { specLoadError } from './spec-load-error.js';
import { readLog, readLogRevisions } from './read-log.js';

interface HistoryFlags {
  log?: string;
  logHistory?: string;
  leadDays: string;
  format: 'text' | 'json';
  failOn: FailOn;
  includeDocs?: boolean;
  cache: boolean;
  json?: boolean;
}

/** A version that cannot be read (a `SpecError`, or a file-system error) ends the replay with exit 2 or 3, never 1. */
function unreadable(error: unknown, env: Readonly<Record<string, string | undefined>>): unknown {
  const fileSystem =
    typeof (error as NodeJS.ErrnoException | undefined)?.code === 'string' && !(error instanceof CliError);
  if (!(error instanceof SpecError) && !fileSystem) return error;
  const source = error instanceof SpecError ? error.source : '';
  return specLoadError(error, 'spec', source, env);
}

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
  const { io, setExitCode } = context;
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
    .action(async (dir: string, flags: HistoryFlags) => {
      if (flags.log !== undefined && flags.logHistory !== undefined) {
        throw new CliError('give --log or --log-history, not both', ExitCode.usage, 'BAD_FLAGS');
      }
      if (flags.log === undefined && flags.logHistory === undefined) {
        const { breaking } = (await context.config()).config;
        if (breaking?.logHistory !== undefined) flags.logHistory = breaking.logHistory;
        else if (breaking?.log !== undefined) flags.log = breaking.log;
      }
      const [, leadDays] = parseDateAndLead(undefined, flags.leadDays, '2000-01-01');
      const at = (path: string) => (isAbsolute(path) ? path : join(io.cwd, path));
      for (const [flag, path] of [
        ['<dir>', dir],
        ['--log-history', flags.logHistory],
      ] as const) {
        if (path !== undefined && !existsSync(at(path)))
          throw new CliError(`${flag} ${path}: no such folder`, ExitCode.usage, 'BAD_DIR');
      }
      const options: ReplayOptions = { leadDays, includeDocs: flags.includeDocs === true };
      if (flags.cache) options.cacheDir = userCacheDir(io.env);
      if (flags.log !== undefined) options.log = await readLog(io.cwd, flags.log, '--log');
      if (flags.logHistory !== undefined)
        options.logHistory = await readLogRevisions(at(flags.logHistory), flags.logHistory, '--log-history');
      const progress = createProgress(io, { label: 'history', unit: 'steps', quiet: context.globals().quiet });
      let started = false;
      options.onStep = (step, index, total) => {
        if (!started) progress.start(total);
        started = true;
        const breaking = step.changes.filter((change) => change.level === 'error').length;
        progress.update(
          index + 1,
          `${step.from.file} → ${step.to.file}: ${step.changes.length} changes, ${breaking} breaking`,
        );
      };
      let result;
      try {
        result = await replayHistory(at(dir), options);
      } catch (error) {
        throw unreadable(error, io.env);
      } finally {
        if (started) progress.finish();
      }
      if (flags.format === 'json' || flags.json === true) printJson(io, result);
      else io.stdout(formatTimeline(result));
      if (result.steps.some((step) => meetsFailOn(step.changes, flags.failOn))) setExitCode(ExitCode.checkFailed);
    });
}
