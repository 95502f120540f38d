import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { createProgram, main } from '../src/index.ts';
import { BIN } from './support/bin.ts';
import { captureIo } from './support/capture-io.ts';

/** Every command of the tree, groups and leaves, as the words that name it (the root is []). */
function commandPaths(command: Command, path: string[] = []): string[][] {
  return [path, ...command.commands.flatMap((child) => commandPaths(child, [...path, child.name()]))];
}

const paths = commandPaths(createProgram({ io: captureIo(), setExitCode: () => {} }));

describe('--help on every command', () => {
  it('walks a tree that holds every group', () => {
    const names = paths.map((path) => path.join(' '));
    expect(names).toEqual(
      expect.arrayContaining([
        '',
        'spec',
        'spec info',
        'slug',
        'breaking history',
        'conformance merge',
        'pact verify',
        'doctor',
      ]),
    );
  });

  it.each(paths.map((path) => ({ command: ['circleci-kit', ...path].join(' '), path })))(
    '$command --help exits 0 and shows examples',
    async ({ path }) => {
      const io = captureIo();
      expect(await main([...path, '--help'], io)).toBe(0);
      expect(io.out).toMatch(/^Usage: circleci-kit/);
      expect(io.out).toMatch(/\nExamples?:\n {2}\$ circleci-kit /);
      expect(io.err).toBe('');
    },
  );

  it('lists the global options and the exit codes at the root', async () => {
    const io = captureIo();
    await main(['--help'], io);
    expect(io.out).toMatch(/--config <path>[\s\S]*-q, --quiet[\s\S]*--verbose[\s\S]*--no-color/);
    expect(io.out).toContain('Exit codes: 0 ok, 1 a check failed, 2 usage or input error, 3 network or target error.');
  });

  it.each([
    {
      given: ['--quiet', '--verbose', 'spec', 'info'],
      err: /option '-q, --quiet' cannot be used with option '--verbose'/,
    },
    { given: ['spec'], err: /Usage: circleci-kit spec/ },
    { given: ['spec', 'info', '--no-such-flag'], err: /unknown option '--no-such-flag'/ },
  ])('exits 2 for the usage error $given', async ({ given, err }) => {
    const io = captureIo();
    expect(await main(given, io)).toBe(2);
    expect(io.err).toMatch(err);
  });
});

describe('the built binary', () => {
  // `pnpm test` builds before it runs Vitest, so dist/bin.js is there.
  it('node dist/bin.js --help exits 0', () => {
    expect(existsSync(BIN), `${BIN} is missing: run pnpm build`).toBe(true);
    const out = execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    expect(out).toMatch(/^Usage: circleci-kit/);
  });

  it('node dist/bin.js --version and -V print the package version and exit 0', () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    for (const flag of ['--version', '-V']) {
      expect(execFileSync(process.execPath, [BIN, flag], { encoding: 'utf8' })).toBe(`${version}\n`);
    }
  });
});
