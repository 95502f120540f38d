import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from './support/bin.ts';
import { folderWith } from './support/breaking-fixtures.ts';
import { CURRENT_SPEC } from './support/fixtures.ts';
import { specDocument } from './consumers/consumer-specs.ts';
import { WEB } from './consumers/pacts.ts';

const RECORD = new URL('./support/record-loaded-modules.mjs', import.meta.url).href;

/**
 * What the built binary loads for `argv`, run a second time (the spec cache
 * is warm then): module URLs, and Node's built-ins.
 */
function loadedBy(argv: readonly string[]): { urls: string[]; builtins: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'start-up-'));
  const file = join(dir, 'loaded.json');
  const env = { ...process.env, XDG_CACHE_HOME: dir, NO_COLOR: '1' };
  execFileSync(process.execPath, [BIN, ...argv], { cwd: dir, env, stdio: 'ignore' });
  execFileSync(process.execPath, ['--import', RECORD, BIN, ...argv], {
    cwd: dir,
    env: { ...env, LOADED_MODULES_FILE: file },
    stdio: 'ignore',
  });
  return JSON.parse(readFileSync(file, 'utf8')) as { urls: string[]; builtins: string[] };
}

/** The packages (workspace and third-party) among the loaded URLs. */
function packagesIn(urls: readonly string[]): string[] {
  const names = urls.flatMap((url) => {
    const workspace = /\/packages\/([^/]+)\/dist\//.exec(url);
    if (workspace) return [`@circleci-kit/${workspace[1]}`];
    const thirdParty = /\/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\//.exec(url);
    return thirdParty ? [thirdParty[1]!] : [];
  });
  return [...new Set(names)].sort();
}

describe('what a command loads', () => {
  it.each([
    { argv: ['--version'], want: ['@circleci-kit/cli'] },
    // The check ids `conformance --checks` accepts load only for that command.
    { argv: ['--help'], want: ['@circleci-kit/cli'] },
    { argv: ['conformance', '--help'], want: ['@circleci-kit/cli', '@circleci-kit/conformance'] },
    { argv: ['slug', 'parse', 'gh/org/repo'], want: ['@circleci-kit/cli', '@circleci-kit/slug'] },
    {
      argv: ['spec', 'info', '--spec', CURRENT_SPEC], // from the spec cache
      want: ['@circleci-kit/cli', '@circleci-kit/spec-loader'],
    },
    {
      // the converter, yaml, and the atomic write of the file
      argv: ['spec', 'convert', '--to', '3.1', CURRENT_SPEC, '-o', 'openapi-31.json'],
      want: ['@circleci-kit/cli', '@circleci-kit/spec-loader', 'write-file-atomic', 'yaml'],
    },
  ])('$argv loads $want and nothing else', ({ argv, want }) => {
    expect(packagesIn(loadedBy(argv).urls)).toEqual(want);
  });

  it('--help leaves out the built-ins commander asks for but the command line never uses', () => {
    const { builtins } = loadedBy(['--help']);
    expect(builtins).not.toContain('child_process');
    expect(builtins).not.toContain('net');
  });

  it('breaking diff loads the pact package only for --pacts, and then only its spec check', () => {
    const dir = folderWith({
      'old.json': specDocument(),
      'new.json': specDocument({ dropLogin: true }),
      'pacts/web.json': WEB.pact,
    });
    const argv = ['breaking', 'diff', join(dir, 'old.json'), join(dir, 'new.json'), '--fail-on', 'never'];
    expect(packagesIn(loadedBy(argv).urls)).not.toContain('@circleci-kit/pact');
    const withPacts = packagesIn(loadedBy([...argv, '--pacts', join(dir, 'pacts')]).urls);
    expect(withPacts).toContain('@circleci-kit/pact');
    // `@circleci-kit/pact/check-spec`: not the writer's, the verifier's or its reports' dependencies.
    for (const name of ['@circleci-kit/mock-server', 'junit-report-builder', 'write-file-atomic'])
      expect(withPacts).not.toContain(name);
  });
});
