import { isAbsolute, join } from 'node:path';
import { existsSync } from 'node:fs';
import {
  formatTimeline,
  meetsFailOn,
  replayHistory,
  type FailOn,
  type ReplayOptions,
} from '@circleci-kit/breaking-changes';
import { SpecError } from '@circleci-kit/spec-loader';
import { CliError } from '../../cli-error.ts';
import { ExitCode } from '../../exit-codes.ts';
import { printJson } from '../../io.ts';
import { userCacheDir } from '../../load-spec-for-cli.ts';
import { createProgress } from '../../progress.ts';
import type { CommandContext } from '../../command-context.ts';
import { parseDateAndLead } from './parse-date-and-lead.ts';
import { specLoadError } from './spec-load-error.ts';
import { readLog, readLogRevisions } from './read-log.ts';

/** The flags of `breaking history`, as commander parses them. */
export interface HistoryFlags {
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
 * Runs `breaking history DIR`: replays the folder's versions in release
 * order, prints the timeline (text or JSON) and sets exit code 1 when a step
 * has a change at `--fail-on` or above.
 *
 * @example
 * await runBreakingHistory('specs/history', { format: 'text', failOn: 'error', leadDays: '0', cache: true }, context);
 */
export async function runBreakingHistory(dir: string, flags: HistoryFlags, context: CommandContext): Promise<void> {
  const { io, setExitCode } = context;
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
  // A field, not a variable: onStep sets it during the replay, out of sight of TypeScript's narrowing.
  const bar = { started: false };
  options.onStep = (step, index, total) => {
    if (!bar.started) progress.start(total);
    bar.started = true;
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
    if (bar.started) progress.finish();
  }
  if (flags.format === 'json' || flags.json === true) printJson(io, result);
  else io.stdout(formatTimeline(result));
  if (result.steps.some((step) => meetsFailOn(step.changes, flags.failOn))) setExitCode(ExitCode.checkFailed);
}
