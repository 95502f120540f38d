import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeRun, run } from './run.ts';

/** An npm project outside the workspace with some tarballs installed. */
export interface ScratchProject {
  readonly dir: string;
  /** `node_modules/@circleci-kit/*` entries with the source npm resolved them from. */
  readonly installed: ReadonlyMap<string, string>;
}

interface Lockfile {
  readonly packages: Record<string, { readonly resolved?: string }>;
}

/**
 * Writes a package.json depending on the given tarballs (as `file:` specs,
 * also pinned through `overrides` so a dependency between them never reaches
 * the registry) and runs `npm install` in `dir`. Third-party dependencies
 * come from the npm registry, as for a user.
 */
export async function installTarballs(
  dir: string,
  tarballs: Readonly<Record<string, string>>,
): Promise<ScratchProject> {
  const dependencies = Object.fromEntries(Object.entries(tarballs).map(([name, path]) => [name, `file:${path}`]));
  const manifest = {
    name: 'scratch',
    version: '0.0.0',
    private: true,
    type: 'module',
    dependencies,
    overrides: dependencies,
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const install = await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: dir,
    timeoutMs: 100_000,
  });
  if (install.code !== 0) throw new Error(`npm install failed\n${describeRun(install)}`);
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as Lockfile;
  const installed = new Map<string, string>();
  for (const [path, entry] of Object.entries(lock.packages)) {
    const match = /(?:^|\/)node_modules\/(@circleci-kit\/[^/]+)$/.exec(path);
    if (match) installed.set(path === `node_modules/${match[1]}` ? match[1]! : path, entry.resolved ?? '');
  }
  return { dir, installed };
}
