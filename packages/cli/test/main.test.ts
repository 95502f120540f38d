import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../src/index.js';

function capture(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    env: {},
    cwd: process.cwd(),
    isTty: false,
  };
  return io;
}

describe('main', () => {
  it('prints help and exits 0 for --help', async () => {
    const io = capture();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out).toMatch(/Usage: circleci-kit/);
  });

  it('exits 2 for an unknown command with an error', async () => {
    const io = capture();
    expect(await main(['no-such-command'], io)).toBe(2);
    expect(io.err).toMatch(/^error: /);
  });
});
