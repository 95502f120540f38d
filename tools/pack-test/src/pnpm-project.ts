import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InstallLine } from './readme-example.ts';
import { describeRun, run } from './run.ts';

/** A pnpm project outside the workspace, installed from a README's install line. */
export interface PnpmProject {
  readonly dir: string;
  /** The packages the project's package.json declares (dependencies and devDependencies). */
  readonly declared: readonly string[];
  /** The entries of its `node_modules` a file in the project can import (no `.pnpm`, `.bin`). */
  readonly visible: readonly string[];
}

interface Manifest {
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
}

/**
 * Runs the README's install line with pnpm in `dir` (pnpm's strict
 * `node_modules`: a package sees only what it declares): `pnpm add` of
 * exactly the packages the line names, ours from their tarballs, the others
 * from the npm registry (`--prefer-offline`), as for a user. Every package of
 * ours is pinned to its tarball through the project's `overrides`, so a
 * dependency between them never reaches the registry.
 */
export async function installWithPnpm(
  dir: string,
  line: InstallLine,
  tarballs: ReadonlyMap<string, string>,
): Promise<PnpmProject> {
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'scratch', version: '0.0.0', private: true, type: 'module' }, null, 2)}\n`,
  );
  const overrides = [...tarballs].map(([name, tarball]) => `  '${name}': 'file:${tarball}'\n`).join('');
  writeFileSync(join(dir, 'pnpm-workspace.yaml'), `overrides:\n${overrides}`);
  const specs = line.packages.map((name) => tarballs.get(name) ?? name);
  const flags = [...(line.dev ? ['--save-dev'] : []), '--prefer-offline', '--reporter=append-only'];
  const install = await run('pnpm', ['add', ...specs, ...flags], { cwd: dir, timeoutMs: 150_000 });
  if (install.code !== 0) throw new Error(`${line.line}: pnpm add failed\n${describeRun(install)}`);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
  const declared = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).sort();
  const visible = readdirSync(join(dir, 'node_modules'), { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) =>
      entry.name.startsWith('@')
        ? readdirSync(join(dir, 'node_modules', entry.name)).map((name) => `${entry.name}/${name}`)
        : [entry.name],
    )
    .sort();
  return { dir, declared, visible };
}
