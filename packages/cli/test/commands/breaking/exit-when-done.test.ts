import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bin, runInProcess } from './run-breaking.js';

const history = fileURLToPath(new URL('../../../../../../shared/specs/history/', import.meta.url));
const pair = [join(history, 'circleci-v2-2025-05-14.json'), join(history, 'circleci-v2-2025-10-17.json')];
const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'exit-when-done-')) };

/**
 * Runs the built binary into a pipe that is read only after a second (`| (sleep 1; cat)`):
 * the pipe fills long before the command is done. Gives its output and the exit code it reported.
 */
function runIntoSlowPipe(argv: readonly string[]): Promise<{ code: number; out: string }> {
  const script = '{ "$0" "$@"; echo "exit $?" >&2; } | (sleep 1; cat)';
  return new Promise((resolve, reject) => {
    execFile(
      'sh',
      ['-c', script, process.execPath, bin, ...argv],
      { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', maxBuffer: 2 ** 26 },
      (error, out, err) => {
        const code = /exit (\d+)/.exec(err)?.[1];
        if (error !== null || code === undefined) reject(error ?? new Error(`no exit code in ${err}`));
        else resolve({ code: Number(code), out });
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
    const run = await runIntoSlowPipe(['breaking', ...argv]);
    expect(run.code).toBe(expected.code);
    expect(run.out).toBe(expected.out);
  });
});
