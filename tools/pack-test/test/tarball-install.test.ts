import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packPackages, workspaceClosure, type PackedPackage } from '../src/pack-packages.ts';
import { installWithPnpm, type PnpmProject } from '../src/pnpm-project.ts';
import { importedPackages, readmeExample, readmeInstallLine, type InstallLine } from '../src/readme-example.ts';
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
/** Per library package: its README's install line, example, and the pnpm project that line made. */
const readmes = new Map<string, { line: InstallLine; example: string; project: PnpmProject }>();

// How each library package's README example is run, as a reader runs it:
// `node example.mjs <args>`, the spec (and the breaking-changes inputs)
// passed by path, CircleCI's copies from ../shared beside the repository or
// from what `pnpm fixtures` fetched; then what its output must show.
const currentSpec = locateFixture('specs/current/openapi.json');
const arrowComments = (example: string) => [...example.matchAll(/\/\/ → (.*)$/gm)].map((match) => match[1]!.trim());
interface ExampleRun {
  readonly args?: readonly string[];
  /** Loaded with `node --import` first (a fixture). */
  readonly preload?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Appended to the example: the README says what a call of what it defines gives. */
  readonly append?: string;
  readonly check: (stdout: string, example: string) => void;
}
const exampleRuns: Readonly<Record<string, ExampleRun>> = {
  '@circleci-kit/slug': {
    check: (stdout, example) => expect(stdout.trim().split('\n')).toEqual(arrowComments(example)),
  },
  '@circleci-kit/core-client': {
    preload: join(fixtures, 'fake-circleci-fetch.mjs'),
    env: { CIRCLECI_TOKEN: 'readme-token' },
    check: (stdout, example) => expect(stdout.trim().split('\n')).toEqual(arrowComments(example)),
  },
  '@circleci-kit/spec-loader': {
    args: [currentSpec],
    append: 'console.log(await summary(process.argv[2]));',
    check: (stdout) =>
      expect(stdout.trim()).toMatch(
        /^CircleCI API v2: 110 operations, GET \/me is getCurrentUser, fingerprint [0-9a-f]{12}$/,
      ),
  },
  '@circleci-kit/schema': {
    check: (stdout) => {
      expect(stdout).toContain('message: \'/id: expected a valid uuid, got "nope"\'');
      expect(stdout).toContain("id: '5034460f-c7c4-4c43-9457-de07e2029e7b'");
    },
  },
  '@circleci-kit/mock-server': { args: [currentSpec], check: (stdout) => expect(stdout.trim()).toBe('1 success') },
  '@circleci-kit/conformance': {
    args: [currentSpec],
    check: (stdout) => {
      expect(stdout).toMatch(/^operation +req rtr/);
      expect(stdout).toContain('triggerPipeline');
      expect(stdout.trim().split('\n').at(-1)).toBe('conformant');
    },
  },
  '@circleci-kit/pact': {
    args: [currentSpec],
    check: (stdout) => {
      expect(stdout).toContain("[ '${CIRCLE_TOKEN}' ]");
      expect(stdout).toContain('{ passed: 2, failed: 0, skipped: 0, error: 0 }');
    },
  },
  '@circleci-kit/breaking-changes': {
    args: [
      locateFixture('specs/history/circleci-v2-2019-12-02.json'),
      locateFixture('specs/history/circleci-v2-2019-12-06.json'),
      locateFixture('fixtures/breaking-log/breaking.md'),
      '2019-12-06',
    ],
    check: (stdout, example) => expect(stdout.trim()).toBe(/^\/\/ (early .*)$/m.exec(example)?.[1]),
  },
};

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
  const tarballs = new Map([...packed.values()].map((pkg) => [pkg.name, pkg.tarball]));
  const libraries = [...packed.values()].filter((pkg) => pkg.name !== '@circleci-kit/cli');
  [alone, withCli] = await Promise.all([
    scratch('alone', ['@circleci-kit/slug', '@circleci-kit/core-client']),
    scratch('cli', workspaceClosure(packed, '@circleci-kit/cli')),
    ...libraries.map(async (pkg) => {
      const readme = readFileSync(join(pkg.dir, 'README.md'), 'utf8');
      const line = readmeInstallLine(readme);
      const dir = join(work, `pnpm-${basename(pkg.dir)}`);
      mkdirSync(dir);
      readmes.set(pkg.name, {
        line,
        example: readmeExample(readme),
        project: await installWithPnpm(dir, line, tarballs),
      });
    }),
  ]);
}, 150_000);
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
    // The `node` on PATH (which runs the examples, npm and the CLI's bin) is the one running these
    // tests, so a run under another Node (`pnpm check:node`) tests the packages on that Node.
    expect(version.stdout.trim(), 'node on PATH').toBe(process.version);
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

// Each library package's README, tried as a new user would: its install line
// run with pnpm in a scratch project (strict node_modules, nothing hoisted
// where the example can see it), ours from the tarballs, then its example run
// there by Node as `node example.mjs <args>`.
describe('every library package’s README, under pnpm', () => {
  const libraries = Object.keys(exampleRuns);

  it('has a way to run it here for every library package', () => {
    expect([...packed.keys()].filter((name) => name !== '@circleci-kit/cli').sort()).toEqual([...libraries].sort());
  });

  it.each(libraries)(
    '%s: the install line names every package the example imports, and pnpm installs only those',
    (name) => {
      const { line, example, project } = readmes.get(name)!;
      expect(line.packages, line.line).toContain(name);
      expect(
        importedPackages(example).filter((imported) => !line.packages.includes(imported)),
        line.line,
      ).toEqual([]);
      expect(project.declared).toEqual([...line.packages].sort());
      expect(project.visible).toEqual([...line.packages].sort());
    },
  );

  it.each(libraries)('%s: the example runs on Node from the pnpm project', async (name) => {
    const { line, example, project } = readmes.get(name)!;
    const how = exampleRuns[name]!;
    const code = how.append ? `${example}\n${how.append}\n` : example;
    const { outputText } = ts.transpileModule(code, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
    });
    writeFileSync(join(project.dir, 'example.mjs'), outputText);
    const preload = how.preload ? ['--import', pathToFileURL(how.preload).href] : [];
    const ran = await run('node', [...preload, 'example.mjs', ...(how.args ?? [])], {
      cwd: project.dir,
      env: how.env ?? {},
    });
    expect(ran.code, `after ${line.line}\n${describeRun(ran)}`).toBe(0);
    how.check(ran.stdout, example);
  });
});
