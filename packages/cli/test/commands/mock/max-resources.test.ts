import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/index.ts';
import { captureIo } from '../../support/capture-io.ts';
import { CURRENT_SPEC, REPO_ROOT } from '../../support/fixtures.ts';

describe('circleci-kit mock --max-resources', () => {
  it('lists the flag in --help', async () => {
    const io = captureIo({ cwd: REPO_ROOT });
    expect(await main(['mock', '--help'], io)).toBe(0);
    expect(io.out).toMatch(/--max-resources <n>\s+hold at most n pipelines/);
  });

  it.each(['0', '-3', 'ten', '2.5', '1000000001'])('refuses %s as a usage error', async (value) => {
    const io = captureIo({ cwd: REPO_ROOT });
    expect(await main(['mock', '--spec', CURRENT_SPEC, '--max-resources', value], io)).toBe(2);
    expect(io.err).toContain(
      `option '--max-resources <n>' argument '${value}' is invalid. Expected an integer between 1 and 1000000000.`,
    );
  });

  it('evicts the oldest pipeline of a real process once the bound is reached', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'packages/cli/src/bin.ts',
        'mock',
        '--spec',
        CURRENT_SPEC,
        '--no-cache',
        '--max-resources',
        '2',
      ],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+\/api\/v2)\n/.exec(out);
          if (match) resolve(match[1]!);
        });
        void exited.then((code) => reject(new Error(`exited ${code} before listening: ${stderr}`)));
      });
      const headers = { 'Circle-Token': 'x', 'content-type': 'application/json' };
      for (let i = 0; i < 3; i++) {
        await (await fetch(`${url}/project/gh/acme/api/pipeline`, { method: 'POST', headers, body: '{}' })).text();
      }
      const status = async (n: number) =>
        (await fetch(`${url}/project/gh/acme/api/pipeline/${n}`, { headers: { 'Circle-Token': 'x' } })).status;
      expect([await status(1), await status(2), await status(3)]).toEqual([404, 200, 200]);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
