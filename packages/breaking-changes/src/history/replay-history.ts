import { join } from 'node:path';
import { loadSpec, type LoadedSpec } from '@circleci-kit/spec-loader';
import { diffSpecs } from '../diff-specs.ts';
import { checkAgainstLog, type LogCheck } from '../log/check-against-log.ts';
import type { BreakingLog } from '../log/log-types.ts';
import type { Change, DiffOptions } from '../types.ts';
import { listHistory, type HistoryVersion } from './list-history.ts';
import { revisionAt, type LogRevision } from './read-log-history.ts';

/** One step of a replay: a version against the one before it. */
export interface ReplayStep {
  from: HistoryVersion;
  to: HistoryVersion;
  changes: Change[];
  /** The log check, when a log or log history was given. */
  check?: LogCheck;
  /** The log revision the step was checked against (`--log-history`). */
  logRevision?: string;
}

/** What `replayHistory` returns. */
export interface ReplayResult {
  steps: ReplayStep[];
  /** Entries of the (latest) log that matched no change of any step. */
  notSeen: LogCheck['not-seen'];
}

const NEVER = '9999-12-31';

/**
 * Moves the step's unannounced changes that a later revision names to
 * `announced-late`, with the first revision that named them.
 */
function lookAhead(
  step: ReplayStep,
  revisions: readonly LogRevision[],
  current: LogRevision | undefined,
  leadDays: number,
) {
  const check = step.check!;
  const releaseDate = step.to.date ?? NEVER;
  const later = revisions.filter((revision) => current === undefined || revision.date > current.date);
  check.unannounced = check.unannounced.filter((checked) => {
    for (const revision of later) {
      const found = checkAgainstLog([checked.change], revision.log, { releaseDate, leadDays, notSeenAfter: NEVER });
      const [hit] = [...found.announced, ...found['announced-late'], ...found.early];
      if (!hit) continue;
      check['announced-late'].push({
        ...hit,
        verdict: 'announced-late',
        reason: `not in the log of ${releaseDate}; first named in ${revision.file}`,
      });
      return false;
    }
    return true;
  });
}

/** Options of `replayHistory`. */
export interface ReplayOptions extends DiffOptions {
  /** One log for every step. */
  log?: BreakingLog;
  /** Dated revisions: each step is checked against the one published at its date. */
  logHistory?: readonly LogRevision[];
  /** @default 0 */
  leadDays?: number;
  /** Folder of the spec loader's cache. */
  cacheDir?: string;
  /** Called after each step (progress). */
  onStep?: (step: ReplayStep, index: number, total: number) => void;
}

/**
 * Replays a folder of spec versions (see `listHistory` for the order):
 * diffs each version against the one before it and, with a log or a log
 * history, checks the step's breaking changes against the log as published
 * on the step's date. With a log history, a change that the log of the day
 * does not name is looked up in the later revisions: found in one, it is
 * `announced-late`, with that revision named. Log entries that no step
 * matched are in `notSeen`. Versions are loaded one ahead, leniently.
 *
 * @example
 * const steps = await replayHistory('../shared/specs/history', { logHistory: await readLogHistory('…/history') });
 */
export async function replayHistory(dir: string, options: ReplayOptions = {}): Promise<ReplayResult> {
  const versions = listHistory(dir);
  const load = (version: HistoryVersion): Promise<LoadedSpec> =>
    loadSpec(join(dir, version.file), {
      mode: 'lenient',
      sourceType: 'path',
      // A diff reads no OpenAPI schema problems: only the $ref checks it needs.
      schemaCheck: false,
      ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }),
    });
  const steps: ReplayStep[] = [];
  let previous = versions[0] ? await load(versions[0]) : undefined;
  for (let i = 1; i < versions.length; i++) {
    const from = versions[i - 1]!;
    const to = versions[i]!;
    const current = await load(to);
    // Sunsets are held against the day the version shipped.
    const changes = diffSpecs(previous!, current, to.date === null ? options : { ...options, releaseDate: to.date });
    const step: ReplayStep = { from, to, changes };
    const releaseDate = to.date ?? '9999-12-31';
    const check = (log: BreakingLog) =>
      checkAgainstLog(changes, log, { releaseDate, leadDays: options.leadDays ?? 0, notSeenAfter: NEVER });
    if (options.log) step.check = check(options.log);
    else if (options.logHistory) {
      const revision = revisionAt(options.logHistory, releaseDate);
      step.check = check(revision?.log ?? { entries: [] });
      step.logRevision = revision?.file ?? '(none published yet)';
      if (step.check.unannounced.length > 0) lookAhead(step, options.logHistory, revision, options.leadDays ?? 0);
    }
    steps.push(step);
    options.onStep?.(step, i - 1, versions.length - 1);
    previous = current;
  }
  const finalLog = options.log ?? options.logHistory?.at(-1)?.log;
  const notSeen = finalLog
    ? checkAgainstLog(
        steps.flatMap((step) => step.changes),
        finalLog,
        { releaseDate: versions.at(-1)?.date ?? NEVER },
      )['not-seen']
    : [];
  return { steps, notSeen };
}
