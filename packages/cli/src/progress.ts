import { createRequire } from 'node:module';
import type cliProgressModule from 'cli-progress';
import type { CliIo } from './io.ts';

/** Shows the progress of one long task; every method is a no-op when quiet. */
export interface Progress {
  /** Starts the display; `total` may be unknown (e.g. a download without Content-Length). */
  start: (total: number | undefined) => void;
  /** Moves to `done`, with an optional detail (the current item). */
  update: (done: number, detail?: string) => void;
  /** Ends the display, with an optional closing detail. */
  finish: (detail?: string) => void;
}

/** What {@link createProgress} shows. */
export interface ProgressOptions {
  /** The task, e.g. `spec download`, `history`. */
  label: string;
  /** What is counted, e.g. `steps`, `kB`. */
  unit: string;
  /** No display at all (`--quiet`). @default false */
  quiet?: boolean;
  /**
   * Without a terminal: `each` prints a line on every update, `ends` only a
   * line when starting and one when finishing. @default 'each'
   */
  lines?: 'each' | 'ends';
}

/** cli-progress (and the width tables it pulls in), loaded only when a bar is drawn: most runs have no terminal. */
export function loadCliProgress(): typeof cliProgressModule {
  return createRequire(import.meta.url)('cli-progress') as typeof cliProgressModule;
}

const silent: Progress = { start: () => {}, update: () => {}, finish: () => {} };

/**
 * Progress on standard error: a live bar (cli-progress) on a terminal,
 * plain lines otherwise (CI logs), nothing with `quiet`. The pattern of the
 * conformance progress reporter, for any counted task.
 *
 * @example
 * const progress = createProgress(io, { label: 'history', unit: 'steps', quiet });
 * progress.start(108);
 * progress.update(1, '2019-08-27 → 2019-09-03');
 * progress.finish();
 */
export function createProgress(io: CliIo, options: ProgressOptions): Progress {
  if (options.quiet === true) return silent;
  const { label, unit } = options;
  if (io.isTty) {
    const cliProgress = loadCliProgress();
    const bar = new cliProgress.SingleBar(
      { format: `${label} {bar} {value}/{total} ${unit} | {detail}`, hideCursor: true, stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      start: (total) => {
        bar.start(total ?? 0, 0, { detail: '' });
        started = true;
      },
      update: (done, detail) => {
        if (!started) return;
        if (bar.getTotal() < done) bar.setTotal(done);
        bar.update(done, { detail: detail ?? '' });
      },
      finish: () => {
        if (started) bar.stop();
        started = false;
      },
    };
  }
  let total: number | undefined;
  let last = 0;
  return {
    start: (value) => {
      total = value;
      io.stderr(`${label}: started${total === undefined ? '' : ` (${total} ${unit})`}\n`);
    },
    update: (done, detail) => {
      last = done;
      if (options.lines === 'ends') return;
      io.stderr(`${label} [${done}${total === undefined ? '' : `/${total}`}]${detail ? ` ${detail}` : ''}\n`);
    },
    finish: (detail) => io.stderr(`${label}: done, ${last} ${unit}${detail ? ` ${detail}` : ''}\n`),
  };
}
