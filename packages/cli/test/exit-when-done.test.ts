import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from './support/bin.ts';
import { HISTORY_DIR } from './support/fixtures.ts';
import { runInProcess } from './support/run-breaking.ts';

const pair = [join(HISTORY_DIR, 'circleci-v2-2025-05-14.json'), join(HISTORY_DIR, 'circleci-v2-2025-10-17.json')];
/** The preload that records the output Node still holds once the command has handed it over. */
const HOLD_BACK = new URL('./support/report-stdout-backlog.mjs', import.meta.url).href;
const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'exit-when-done-')) };

/** What the binary gave: its output, exit code, and how much output Node held when it handed it over. */
interface PipedRun {
  code: number;
  out: string;
  backlog: number;
}

/**
 * Runs the built binary into a pipe that no one reads until the command has
 * handed its output to standard output ({@link HOLD_BACK} records, when it
 * does, how much of it the full pipe left with Node). A command that ended
 * without waiting for that backlog to drain would lose it.
 */
function runIntoHeldPipe(argv: readonly string[]): Promise<PipedRun> {
  const dir = mkdtempSync(join(tmpdir(), 'exit-when-done-pipe-'));
  const backlogFile = join(dir, 'backlog');
  const statusFile = join(dir, 'status');
  // The reader polls for the record (or for the command's end, should it fail first): the wait says
  // when reading may start, not whether the test means anything.
  const script = `hook=$1 backlog=$2 status=$3; shift 3
    { "$0" --import "$hook" "$@"; echo $? > "$status"; } |
    { until [ -e "$backlog" ] || [ -e "$status" ]; do sleep 0.01; done; cat; }`;
  return new Promise((resolve, reject) => {
    execFile(
      'sh',
      ['-c', script, process.execPath, HOLD_BACK, backlogFile, statusFile, BIN, ...argv],
      {
        env: { PATH: process.env.PATH ?? '', STDOUT_BACKLOG_FILE: backlogFile, ...env },
        encoding: 'utf8',
        maxBuffer: 2 ** 26,
      },
      (error, out, err) => {
        if (error !== null) reject(new Error(`the piped run failed: ${err}`, { cause: error }));
        else if (!existsSync(backlogFile)) reject(new Error(`the command wrote nothing: ${err}`));
        else {
          const code = Number(readFileSync(statusFile, 'utf8'));
          resolve({ code, out, backlog: Number(readFileSync(backlogFile, 'utf8')) });
        }
      },
    );
  });
}

describe('a breaking command run from the binary', () => {
  it('ends with all its output written, however slowly it is read, and its exit code', async () => {
    const argv = ['diff', ...pair, '--format', 'json', '--no-cache'];
    const expected = await runInProcess(env, argv);
    // More than a pipe holds (64 KiB on Linux): the command must wait for its reader.
    expect(expected.out.length).toBeGreaterThan(2 ** 16);
    expect(expected.code).toBe(1);
    const run = await runIntoHeldPipe(['breaking', ...argv]);
    // The pipe took what it holds and Node kept the rest: the command had to wait for its reader.
    expect(run.backlog).toBeGreaterThan(0);
    expect(run.code).toBe(expected.code);
    expect(run.out).toBe(expected.out);
  });
});
