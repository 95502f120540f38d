import { isAbsolute, join } from 'node:path';
import { historyDate, isDay, notSeenWindow, type CheckOptions } from '@circleci-kit/breaking-changes';
import { CliError } from '../../cli-error.ts';
import { ExitCode } from '../../exit-codes.ts';

/** What bounds the `not-seen` entries of `breaking diff`. */
export interface NotSeenBoundsInput {
  cwd: string;
  /** The old spec as given: a file or a URL. */
  oldSource: string;
  releaseDate: string;
  leadDays: number;
  /** `--since`. */
  since?: string;
  /** `--all-not-seen`. */
  allNotSeen?: boolean;
}

/**
 * The `not-seen` bounds for `checkAgainstLog`: none with `--all-not-seen`,
 * else from `--since` (or the old spec's date when it is a file listed in an
 * `INDEX.tsv`) to the release date plus the lead days, both included. A
 * `--since` that is not a real `YYYY-MM-DD` day is a usage error (exit 2).
 *
 * @example
 * notSeenBounds({ cwd, oldSource: 'old.json', releaseDate: '2019-10-16', leadDays: 0 }); // { notSeenUntil: '2019-10-16' }
 */
export function notSeenBounds(input: NotSeenBoundsInput): Pick<CheckOptions, 'notSeenFrom' | 'notSeenUntil'> {
  if (input.since !== undefined && !isDay(input.since)) {
    throw new CliError(`--since must be a day written YYYY-MM-DD, got "${input.since}"`, ExitCode.usage, 'BAD_DATE');
  }
  if (input.allNotSeen === true) return {};
  const local = !/^https?:\/\//i.test(input.oldSource);
  const file = isAbsolute(input.oldSource) ? input.oldSource : join(input.cwd, input.oldSource);
  const window = notSeenWindow({
    ...(input.since === undefined ? {} : { since: input.since }),
    oldDate: local ? historyDate(file) : null,
    releaseDate: input.releaseDate,
    leadDays: input.leadDays,
  });
  return { ...(window.from === undefined ? {} : { notSeenFrom: window.from }), notSeenUntil: window.until };
}
