import type { CheckResult, ConformanceProgress } from '@circleci-kit/conformance';
import type { CliIo } from '../../io.ts';
import { loadCliProgress } from '../../progress.ts';

/** Receives the runner's progress and shows it; `finish` ends the display. */
export interface ProgressReporter {
  onProgress: (progress: ConformanceProgress) => void;
  finish: () => void;
}

function line(operationId: string, results: readonly CheckResult[]): string {
  const count = (status: CheckResult['status']) => results.filter((result) => result.status === status).length;
  const failed = results.filter((result) => result.status === 'failed').map((result) => result.check);
  return `${operationId}: ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped${failed.length > 0 ? ` (${failed.join(', ')})` : ''}`;
}

/**
 * Progress on a TTY: a live bar (cli-progress) on standard error. Otherwise
 * plain lines on standard error, one per operation once its checks are done,
 * so CI logs stay readable. Nothing with `quiet` (`--quiet`).
 *
 * @example
 * const progress = progressReporter(io);
 * await runConformance({ spec, onProgress: progress.onProgress });
 * progress.finish();
 */
export function progressReporter(io: CliIo, quiet = false): ProgressReporter {
  if (quiet) return { onProgress: () => {}, finish: () => {} };
  if (io.isTty) {
    const cliProgress = loadCliProgress();
    const bar = new cliProgress.SingleBar(
      {
        format: 'conformance {bar} {value}/{total} units | {operation} | {requests} requests',
        hideCursor: true,
        stream: process.stderr,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      onProgress: ({ done, total, unit, requests }) => {
        if (!started) bar.start(total, 0, { operation: '', requests: 0 });
        started = true;
        bar.update(done, { operation: unit.operationId, requests });
      },
      finish: () => started && bar.stop(),
    };
  }
  let current: string | undefined;
  let pending: CheckResult[] = [];
  let operations = 0;
  const flush = () => {
    if (current === undefined) return;
    operations += 1;
    io.stderr(`[${operations}] ${line(current, pending)}\n`);
  };
  return {
    onProgress: ({ unit, results }) => {
      if (unit.operationId !== current) {
        flush();
        current = unit.operationId;
        pending = [];
      }
      pending.push(...results);
    },
    finish: flush,
  };
}
