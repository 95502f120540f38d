import { execFile } from 'node:child_process';
import { main } from '../../src/index.ts';
import { BIN } from './bin.ts';
import { captureIo } from './capture-io.ts';

/** What a `circleci-kit breaking …` run gave. */
export interface RunResult {
  code: number;
  out: string;
  err: string;
}

/** Runs `circleci-kit breaking …argv` in this process, through `main`. */
export async function runInProcess(env: Record<string, string>, argv: readonly string[]): Promise<RunResult> {
  const io = captureIo({ env });
  const code = await main(['breaking', ...argv], io);
  return { code, out: io.out, err: io.err };
}

/** Runs `node dist/bin.js breaking …argv` in a child process (without blocking this one's servers). */
export function runBin(env: Record<string, string>, argv: readonly string[]): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, 'breaking', ...argv],
      { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, encoding: 'utf8' },
      (error, out, err) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, out, err });
      },
    );
  });
}
