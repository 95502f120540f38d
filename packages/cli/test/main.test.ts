import { describe, expect, it } from 'vitest';
import { main } from '../src/index.ts';
import { captureIo as capture } from './support/capture-io.ts';

describe('main', () => {
  it('prints help and exits 0 for --help', async () => {
    const io = capture();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out).toMatch(/Usage: circleci-kit/);
  });

  it('exits 2 for an unknown command and names it', async () => {
    const io = capture();
    expect(await main(['no-such-command'], io)).toBe(2);
    expect(io.err).toMatch(/unknown command 'no-such-command'/);
  });
});
