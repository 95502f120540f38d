import { spawn } from 'node:child_process';
import { constants } from 'node:os';

const running = new Set();

/**
 * Runs a command in a process group of its own, its output (stdout and stderr
 * interleaved) passed to `onOutput`. A step that prints nothing for
 * `noOutputTimeoutMs` is killed, as CircleCI kills it
 * (`Too long with no output (exceeded 10m0s)`).
 *
 * @param {{ file: string, args: string[], cwd: string }} command
 * @param {{ env: Record<string, string>, onOutput: (chunk: Buffer) => void, noOutputTimeoutMs: number }} options
 * @returns {Promise<{ code: number, timedOut: boolean }>} the exit code (128 + signal when killed by one)
 */
export function runProcess({ file, args, cwd }, { env, onOutput, noOutputTimeoutMs }) {
  return new Promise((resolve) => {
    const child = spawn(file, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let timedOut = false;
    let timer;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        onOutput(Buffer.from(`\nToo long with no output (exceeded ${noOutputTimeoutMs / 1000} s)\n`));
        killGroup(child);
      }, noOutputTimeoutMs);
    };
    arm();
    const take = (chunk) => {
      arm();
      onOutput(chunk);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', (error) => onOutput(Buffer.from(`${error.message}\n`)));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      resolve({ code: code ?? 128 + (signal ? (constants.signals[signal] ?? 1) : 1), timedOut });
    });
  });
}

/** Kills every process group {@link runProcess} started that is still running (on Ctrl-C). */
export function killAllProcesses() {
  for (const child of running) killGroup(child);
}

function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
