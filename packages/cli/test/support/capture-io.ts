import type { CliIo } from '../../src/index.ts';

/** A CliIo that records what a command prints. */
export function captureIo(overrides: Partial<CliIo> = {}): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    env: {},
    cwd: process.cwd(),
    isTty: false,
    ...overrides,
  };
  return io;
}
