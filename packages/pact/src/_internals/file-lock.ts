/**
 * A lock file taken with O_EXCL: one holder at a time across processes,
 * retried with jitter, and broken when its holder is gone or it is stale.
 */
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { PactError } from '../pact-error.js';

/** How long to wait for a lock and when a lock counts as abandoned. */
export interface LockOptions {
  /** @default 30000 */
  timeoutMs?: number;
  /** A lock older than this is broken. @default 60000 */
  staleMs?: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function holderGone(lockPath: string, staleMs: number): boolean {
  try {
    const { mtimeMs } = statSync(lockPath);
    if (Date.now() - mtimeMs > staleMs) return true;
    const [pid, host] = readFileSync(lockPath, 'utf8').split('\n');
    if (host !== hostname() || pid === undefined || !/^\d+$/.test(pid)) return false;
    try {
      process.kill(Number(pid), 0);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ESRCH';
    }
  } catch {
    return false; // gone already, or unreadable for a moment: just retry
  }
}

/** Runs `work` holding `lockPath`, then releases it, even when `work` throws. */
export async function withFileLock<T>(
  lockPath: string,
  work: () => Promise<T> | T,
  options: LockOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const staleMs = options.staleMs ?? 60_000;
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    let fd: number | undefined;
    try {
      fd = openSync(lockPath, 'wx');
      writeSync(fd, `${process.pid}\n${hostname()}\n${new Date().toISOString()}\n`);
      closeSync(fd);
    } catch (error) {
      if (fd !== undefined) closeSync(fd);
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new PactError(
          'WRITE_FAILED',
          `cannot create the lock ${lockPath}: ${(error as Error).message}`,
          lockPath,
        );
      }
      if (holderGone(lockPath, staleMs)) {
        rmSync(lockPath, { force: true });
        continue;
      }
      if (Date.now() - started > timeoutMs) {
        throw new PactError(
          'LOCK_TIMEOUT',
          `the pact is locked by another writer for over ${timeoutMs} ms: if no writer runs, delete ${lockPath}`,
          lockPath,
        );
      }
      await sleep(5 + Math.random() * Math.min(100, 5 * 2 ** Math.min(attempt, 5)));
      continue;
    }
    try {
      return await work();
    } finally {
      rmSync(lockPath, { force: true });
    }
  }
}
