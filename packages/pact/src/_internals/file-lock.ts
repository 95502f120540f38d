/**
 * A lock file taken with O_EXCL: one holder at a time across processes,
 * retried with jitter, and broken when its holder is gone or it is stale.
 */
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { PactError } from '../pact-error.ts';

/** How long to wait for a lock and when a lock counts as abandoned. */
export interface LockOptions {
  /** @default 30000 */
  timeoutMs?: number;
  /** A lock older than this is broken. @default 60000 */
  staleMs?: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The lock's text when its holder is gone (its process ended, or it is older than `staleMs`), else `undefined`. */
function holderGone(lockPath: string, staleMs: number): string | undefined {
  try {
    const { mtimeMs } = statSync(lockPath);
    const text = readFileSync(lockPath, 'utf8');
    if (Date.now() - mtimeMs > staleMs) return text;
    const [pid, host] = text.split('\n');
    if (host !== hostname() || pid === undefined || !/^\d+$/.test(pid)) return undefined;
    try {
      process.kill(Number(pid), 0);
      return undefined;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ESRCH' ? text : undefined;
    }
  } catch {
    return undefined; // gone already, or unreadable for a moment: just retry
  }
}

/**
 * Removes a lock found stale, unless it changed since it was read: between
 * the check and here its holder may have released it and another process
 * taken it (each lock's text names its pid and the moment it was taken).
 */
function breakStaleLock(lockPath: string, seen: string): void {
  try {
    if (readFileSync(lockPath, 'utf8') === seen) rmSync(lockPath, { force: true });
  } catch {
    // gone already: nothing to break
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
      const stale = holderGone(lockPath, staleMs);
      if (stale !== undefined) {
        breakStaleLock(lockPath, stale);
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
