import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bin, runInProcess } from './run-breaking.js';

const history = fileURLToPath(new URL('../../../../../../shared/specs/history/', import.meta.url));
const pair = [join(history, 'circleci-v2-2025-05-14.json'), join(history, 'circleci-v2-2025-10-17.json')];
const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'exit-when-done-')) };

/** Runs the built binary, reading its output only after `delayMs`: the pipe fills long before the command ends. */
function runWithSlowReader(argv: readonly string[], delayMs: number): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...argv], { env: { PATH: process.env.PATH ?? '', ...env } });
    const chunks: Buffer[] = [];
    // A listener first, then paused: Node would otherwise discard unread output once the child exits.
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), delayMs);
    child.on('close', (code) => resolve({ code, out: Buffer.concat(chunks).toString('utf8') }));
  });
}

describe('a breaking command run from the binary', () => {
  it('ends with all its output written, however slowly it is read, and its exit code', async () => {
    const argv = ['diff', ...pair, '--format', 'json', '--no-cache'];
    const expected = await runInProcess(env, argv);
    expect(expected.out.length).toBeGreaterThan(65536);
    const run = await runWithSlowReader(['breaking', ...argv], 1500);
    expect(run.out).toBe(expected.out);
    expect(run.code).toBe(expected.code);
  });
});
