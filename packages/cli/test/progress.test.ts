import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createProgress, main, useColor } from '../src/index.ts';
import { captureIo } from './support/capture-io.ts';
import { CURRENT_SPEC, tempDir } from './support/fixtures.ts';

describe('createProgress without a terminal', () => {
  it.each([
    {
      given: 'each',
      quiet: false,
      want: 'history: started (2 steps)\nhistory [1/2] a → b\nhistory [2/2] b → c\nhistory: done, 2 steps\n',
    },
    { given: 'ends', quiet: false, want: 'history: started (2 steps)\nhistory: done, 2 steps\n' },
    { given: 'each', quiet: true, want: '' },
  ] as const)('prints $given lines (quiet: $quiet)', ({ given, quiet, want }) => {
    const io = captureIo();
    const progress = createProgress(io, { label: 'history', unit: 'steps', quiet, lines: given });
    progress.start(2);
    progress.update(1, 'a → b');
    progress.update(2, 'b → c');
    progress.finish();
    expect([io.out, io.err]).toEqual(['', want]);
  });
});

describe('useColor', () => {
  it.each([
    { given: 'a terminal', env: {}, isTty: true, want: true },
    { given: 'no terminal', env: {}, isTty: false, want: false },
    { given: 'NO_COLOR on a terminal', env: { NO_COLOR: '1' }, isTty: true, want: false },
    { given: 'an empty NO_COLOR', env: { NO_COLOR: '' }, isTty: true, want: true },
    { given: 'FORCE_COLOR off a terminal', env: { FORCE_COLOR: '1' }, isTty: false, want: true },
    { given: 'FORCE_COLOR=0 on a terminal', env: { FORCE_COLOR: '0' }, isTty: true, want: false },
  ])('$given → $want', ({ env, isTty, want }) => {
    expect(useColor({ env, isTty })).toBe(want);
  });
});

describe('spec download progress', () => {
  it('prints a line when the download starts and ends, and nothing with --quiet', async () => {
    const body = readFileSync(CURRENT_SPEC);
    const server = createServer((_request, response) =>
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }).end(body),
    );
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/openapi.json`;
    try {
      const kb = Math.ceil(body.length / 1024);
      const loud = captureIo({ cwd: tempDir(), env: { XDG_CACHE_HOME: tempDir() } });
      expect(await main(['spec', 'info', '--spec', url, '--no-cache'], loud)).toBe(0);
      expect(loud.err).toBe(`spec download: started (${kb} kB)\nspec download: done, ${kb} kB\n`);
      const quiet = captureIo({ cwd: tempDir(), env: { XDG_CACHE_HOME: tempDir() } });
      expect(await main(['spec', 'info', '--spec', url, '--no-cache', '-q'], quiet)).toBe(0);
      expect(quiet.err).toBe('');
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});
