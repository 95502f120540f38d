import { spawn, type ChildProcess } from 'node:child_process';
import type { FaultRates } from '@circleci-kit/mock-server';
import { rootBin, specPath, srcDir } from './paths.ts';

/** What the host reports. */
export interface HostReport {
  /** Memory every `sampleMs`; every 2 s also the heap right after a full collection. */
  samples: Array<{ t: number; rss: number; heapUsed: number; heapAfterGc?: number }>;
  byMethod: Record<string, number>;
  byCall: Record<string, number>;
  statuses: Record<string, number>;
  now: { t: number; rss: number; heapUsed: number };
}

/** A mock server in its own process. */
export interface Host {
  url: string;
  child: ChildProcess;
  /** Whether it exited before `stop()`, and how. */
  crashed: () => string | undefined;
  report: () => Promise<HostReport>;
  resetSamples: () => Promise<{ rss: number; heapUsed: number }>;
  stop: () => Promise<void>;
  stderr: () => string;
}

/** Starts the mock in its own process (see mock-host.ts) and waits for it to listen. */
export function startHost(options: { seed?: number; faults?: FaultRates; tokens?: string[]; sampleMs?: number } = {}) {
  return new Promise<Host>((resolve, reject) => {
    const child = spawn(rootBin('tsx'), [`${srcDir}lib/mock-host.ts`, JSON.stringify({ spec: specPath, ...options })], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '--expose-gc' },
    });
    let buffer = '';
    let err = '';
    let exit: string | undefined;
    let stopping = false;
    const waiters: Array<{ prefix: string; resolve: (json: unknown) => void }> = [];
    child.stderr.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-20_000)));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        const ready = /^READY (\S+)/.exec(line);
        if (ready) resolve(host(ready[1]!));
        const index = waiters.findIndex((w) => line.startsWith(`${w.prefix} `));
        if (index >= 0) waiters.splice(index, 1)[0]!.resolve(JSON.parse(line.slice(line.indexOf(' ') + 1)));
      }
    });
    child.on('exit', (code, signal) => {
      exit = `exited with ${code ?? signal}`;
      if (!stopping) reject(new Error(`mock host ${exit} before it was ready: ${err.slice(-2000)}`));
      for (const waiter of waiters.splice(0)) waiter.resolve(undefined);
    });
    const ask = <T>(command: string, prefix: string): Promise<T> =>
      new Promise<T>((resolveAsk, rejectAsk) => {
        if (exit !== undefined) {
          rejectAsk(new Error(`mock host ${exit}: ${err.slice(-2000)}`));
          return;
        }
        waiters.push({
          prefix,
          resolve: (json) => (json === undefined ? rejectAsk(new Error(`mock host ${exit}`)) : resolveAsk(json as T)),
        });
        child.stdin.write(`${command}\n`);
      });
    const host = (url: string): Host => ({
      url,
      child,
      crashed: () => (stopping ? undefined : exit),
      report: () => ask<HostReport>('report', 'REPORT'),
      resetSamples: () => ask('reset-samples', 'RESET'),
      stderr: () => err,
      stop: () =>
        new Promise<void>((resolveStop) => {
          stopping = true;
          if (exit !== undefined) {
            resolveStop();
            return;
          }
          const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolveStop();
          });
          child.stdin.write('stop\n');
        }),
    });
  });
}

/** Mean of a list (0 when empty). */
export const mean = (values: readonly number[]): number =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;

/** Growth of the second half's mean over the first half's, as a fraction. */
export function halfGrowth(values: readonly number[]): number {
  const half = Math.floor(values.length / 2);
  const first = mean(values.slice(0, half));
  const second = mean(values.slice(half));
  return first === 0 ? 0 : (second - first) / first;
}
