import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packPackages, workspaceClosure, type PackedPackage } from '../src/pack-packages.ts';
import { describeRun, run } from '../src/run.ts';
import { installTarballs, type ScratchProject } from '../src/scratch-project.ts';

// The packages as users get them: `pnpm pack` of the built packages, installed
// with npm into scratch projects outside the workspace (third-party
// dependencies come from the npm registry), then used from Node and Deno.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const deno = join(root, 'node_modules', '.bin', 'deno');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const work = mkdtempSync(join(tmpdir(), 'circleci-kit-pack-'));

const want = {
  slug: 'gh/CircleCI-Public/circleci-cli',
  path: 'gh/CircleCI-Public/circleci-cli',
  method: 'POST',
  url: 'https://circleci.com/api/v2/project/gh/CircleCI-Public/circleci-cli/pipeline',
  login: 'me',
  seen: ['GET https://circleci.com/api/v2/me token=scratch-token'],
};

let packed: Map<string, PackedPackage>;
let alone: ScratchProject;
let withCli: ScratchProject;

/** A scratch project with the tarballs of `names`, and nothing else of ours. */
function scratch(folder: string, names: readonly string[]): Promise<ScratchProject> {
  const dir = join(work, folder);
  mkdirSync(dir);
  return installTarballs(dir, Object.fromEntries(names.map((name) => [name, packed.get(name)!.tarball])));
}

beforeAll(async () => {
  mkdirSync(join(work, 'tarballs'));
  packed = await packPackages(root, join(work, 'tarballs'));
  for (const pkg of packed.values()) {
    if (!pkg.files.some((file) => file.startsWith('dist/')))
      throw new Error(`${pkg.name} has no dist/: run pnpm build first`);
  }
  [alone, withCli] = await Promise.all([
    scratch('alone', ['@circleci-kit/slug', '@circleci-kit/core-client']),
    scratch('cli', workspaceClosure(packed, '@circleci-kit/cli')),
  ]);
}, 110_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the tarballs', () => {
  it('depend on each other by version, never workspace:, and carry a README and a license', () => {
    for (const pkg of packed.values()) {
      expect(
        Object.values(pkg.dependencies).filter((spec) => spec.startsWith('workspace:')),
        pkg.name,
      ).toEqual([]);
      for (const [dependency, spec] of Object.entries(pkg.dependencies)) {
        if (packed.has(dependency)) expect(spec, `${pkg.name} → ${dependency}`).toBe(packed.get(dependency)!.version);
      }
      expect(pkg.files, pkg.name).toContain('README.md');
      expect(pkg.files, pkg.name).toContain('LICENSE');
    }
  });
});

describe('@circleci-kit/slug and @circleci-kit/core-client alone', () => {
  it('install with no other package of ours, from the tarballs', () => {
    expect(workspaceClosure(packed, '@circleci-kit/core-client')).toEqual([
      '@circleci-kit/core-client',
      '@circleci-kit/slug',
    ]);
    expect([...alone.installed.keys()].sort()).toEqual(['@circleci-kit/core-client', '@circleci-kit/slug']);
    for (const resolved of alone.installed.values()) expect(resolved).toMatch(/^file:.*\.tgz$/);
  });

  it('Node: tsc type-checks a user script against the shipped types, and node runs it', async () => {
    copyFileSync(join(fixtures, 'consumer.ts'), join(alone.dir, 'consumer.ts'));
    const compilerOptions = {
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      lib: ['es2022', 'dom'],
      strict: true,
      types: [],
      skipLibCheck: false,
      outDir: 'out',
    };
    writeFileSync(join(alone.dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }));
    const compiled = await run('node', [tsc, '-p', '.'], { cwd: alone.dir });
    expect(compiled.code, describeRun(compiled)).toBe(0);

    const version = await run('node', ['--version'], { cwd: alone.dir });
    expect(Number(/^v(\d+)/.exec(version.stdout)?.[1])).toBeGreaterThanOrEqual(20);
    const ran = await run('node', ['out/consumer.js'], { cwd: alone.dir });
    expect(ran.code, describeRun(ran)).toBe(0);
    expect(JSON.parse(ran.stdout)).toEqual(want);
  });

  it('Deno: deno check and deno run the same script, importing through node_modules', async () => {
    copyFileSync(join(fixtures, 'consumer.ts'), join(alone.dir, 'consumer.ts'));
    const flags = ['--node-modules-dir=manual', '--no-remote', '--cached-only'];
    // A fresh DENO_DIR: nothing comes from an earlier run's cache.
    const env = { DENO_DIR: join(work, 'deno-dir') };
    const checked = await run(deno, ['check', ...flags, 'consumer.ts'], { cwd: alone.dir, env });
    expect(checked.code, describeRun(checked)).toBe(0);
    const ran = await run(deno, ['run', ...flags, '--allow-read', 'consumer.ts'], { cwd: alone.dir, env });
    expect(ran.code, describeRun(ran)).toBe(0);
    expect(JSON.parse(ran.stdout)).toEqual(want);
  });
});

describe('@circleci-kit/cli', () => {
  it('installs with exactly the tarballs it depends on', () => {
    expect([...withCli.installed.keys()].sort()).toEqual(workspaceClosure(packed, '@circleci-kit/cli'));
    for (const resolved of withCli.installed.values()) expect(resolved).toMatch(/^file:.*\.tgz$/);
  });

  it('circleci-kit --help and every command’s --help exit 0 from node_modules/.bin', async () => {
    const bin = join(withCli.dir, 'node_modules', '.bin', 'circleci-kit');
    expect(existsSync(bin)).toBe(true);
    const help = await run(bin, ['--help'], { cwd: withCli.dir });
    expect(help.code, describeRun(help)).toBe(0);
    expect(help.stdout).toMatch(/^Usage: circleci-kit /);
    const commands = [...(help.stdout.split(/^Commands:$/m)[1] ?? '').matchAll(/^ {2}([a-z][\w-]*)/gm)]
      .map((match) => match[1]!)
      .filter((command) => command !== 'help');
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      const commandHelp = await run(bin, [command, '--help'], { cwd: withCli.dir });
      expect(commandHelp.code, describeRun(commandHelp)).toBe(0);
      expect(commandHelp.stdout).toContain(`Usage: circleci-kit ${command}`);
    }
  });
});
