import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeRun, run } from './run.ts';

/** A publishable workspace package, packed the way `pnpm publish` would pack it. */
export interface PackedPackage {
  /** `@circleci-kit/…` */
  readonly name: string;
  readonly version: string;
  /** The package's folder in the workspace. */
  readonly dir: string;
  /** Absolute path of the `.tgz`. */
  readonly tarball: string;
  /** `dependencies` as written into the tarball (`workspace:*` already rewritten). */
  readonly dependencies: Readonly<Record<string, string>>;
  /** Every path in the tarball, relative to its `package/` folder. */
  readonly files: readonly string[];
}

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly dependencies?: Record<string, string>;
}

/** The folders under `packages/` whose package.json is not private. */
export function publishableDirs(root: string): string[] {
  const packagesDir = join(root, 'packages');
  return readdirSync(packagesDir)
    .map((name) => join(packagesDir, name))
    .filter((dir) => {
      const manifest = join(dir, 'package.json');
      return existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as Manifest).private !== true;
    })
    .sort();
}

interface PackJson {
  readonly name: string;
  readonly version: string;
  readonly filename: string;
  readonly files: ReadonlyArray<{ readonly path: string }>;
}

/**
 * Packs one package with `pnpm pack` into `destination` (so `workspace:*`
 * becomes the real version and the root LICENSE is added when the package
 * has none) and reads the packed manifest back from the tarball.
 */
export async function packPackage(dir: string, destination: string): Promise<PackedPackage> {
  const pack = () => run('pnpm', ['pack', '--json', '--pack-destination', destination], { cwd: dir });
  let packed = await pack();
  // One retry: a build running at the same time may be rewriting dist/.
  if (packed.code !== 0) packed = await new Promise<void>((done) => setTimeout(done, 2000)).then(pack);
  if (packed.code !== 0) throw new Error(`pnpm pack failed in ${dir}\n${describeRun(packed)}`);
  const info = JSON.parse(packed.stdout) as PackJson;
  const manifestText = await run('tar', ['-xzOf', info.filename, 'package/package.json'], { cwd: destination });
  if (manifestText.code !== 0)
    throw new Error(`cannot read the manifest of ${info.filename}\n${describeRun(manifestText)}`);
  const manifest = JSON.parse(manifestText.stdout) as Manifest;
  return {
    name: info.name,
    version: info.version,
    dir,
    tarball: info.filename,
    dependencies: manifest.dependencies ?? {},
    files: info.files.map((file) => file.path),
  };
}

/** Packs every publishable package (see {@link publishableDirs}), by name. */
export async function packPackages(root: string, destination: string): Promise<Map<string, PackedPackage>> {
  const packed = new Map<string, PackedPackage>();
  for (const dir of publishableDirs(root)) {
    const pkg = await packPackage(dir, destination);
    packed.set(pkg.name, pkg);
  }
  return packed;
}

/**
 * The names of `name` and every workspace package it depends on, directly or
 * not, as the tarballs declare them: what a user's install brings in.
 */
export function workspaceClosure(packed: ReadonlyMap<string, PackedPackage>, name: string): string[] {
  const seen = new Set<string>();
  const visit = (current: string): void => {
    if (seen.has(current)) return;
    const pkg = packed.get(current);
    if (!pkg) throw new Error(`${current} is not a packed workspace package`);
    seen.add(current);
    for (const dependency of Object.keys(pkg.dependencies)) if (packed.has(dependency)) visit(dependency);
  };
  visit(name);
  return [...seen].sort();
}
