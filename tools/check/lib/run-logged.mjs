import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';

/** The process groups of the commands running now, so a signal can stop them. */
const running = new Set();

/**
 * Runs a command with its standard output and error written to `log` (made
 * anew), in its own process group, and resolves with its exit code (1 when it
 * could not start or was killed by a signal) and wall time.
 *
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, log: string }} options
 * @returns {Promise<{ code: number, seconds: number }>}
 * @example
 * const { code } = await runLogged('bash', ['-c', 'pnpm test'], { cwd, env, log: '.cache/check/x/test.log' });
 */
export function runLogged(command, args, { cwd, env, log }) {
  const started = performance.now();
  const fd = openSync(log, 'w');
  return new Promise((resolve) => {
    const done = (code) => {
      running.delete(child.pid);
      resolve({ code, seconds: (performance.now() - started) / 1000 });
    };
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', fd, fd], detached: true });
    closeSync(fd);
    running.add(child.pid);
    child.on('error', () => done(1));
    child.on('close', (code) => done(code ?? 1));
  });
}

/**
 * Sends `signal` to the process group of every command {@link runLogged} is running.
 *
 * @param {NodeJS.Signals} [signal]
 * @example
 * process.on('SIGINT', () => stopRunning());
 */
export function stopRunning(signal = 'SIGTERM') {
  for (const pid of running) {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  }
}
