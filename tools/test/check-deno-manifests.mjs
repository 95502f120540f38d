#!/usr/bin/env node
// Checks that every package's deno.json (what `deno publish` sends to JSR)
// agrees with its package.json (what npm gets): the same name, version and
// license, the same export subpaths (deno.json's pointing at files that
// exist), and that the root deno.json's workspace lists exactly the packages
// that have a deno.json. Prints one line per disagreement, naming the package
// and both values, and exits 1 when there is any. With `--sync-versions`
// (run by `pnpm version-packages` after changesets bumps package.json), it
// first copies each package.json version into its deno.json.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** The disagreements between the deno.json and package.json files under `root`, as messages. */
export function checkDenoManifests(root) {
  const problems = [];
  const packagesDir = join(root, 'packages');
  const withDenoJson = readdirSync(packagesDir)
    .filter((name) => existsSync(join(packagesDir, name, 'deno.json')))
    .sort();

  for (const name of withDenoJson) {
    const dir = join(packagesDir, name);
    const where = `packages/${name}`;
    if (!existsSync(join(dir, 'package.json'))) {
      problems.push(`${where}: deno.json has no package.json beside it`);
      continue;
    }
    const npm = readJson(join(dir, 'package.json'));
    const deno = readJson(join(dir, 'deno.json'));
    for (const field of ['name', 'version', 'license']) {
      if (deno[field] !== npm[field]) {
        problems.push(
          `${where}: ${field} differs: package.json ${JSON.stringify(npm[field])}, deno.json ${JSON.stringify(deno[field])}`,
        );
      }
    }
    const denoExports = typeof deno.exports === 'string' ? { '.': deno.exports } : (deno.exports ?? {});
    const npmSubpaths = Object.keys(npm.exports ?? {})
      .filter((subpath) => subpath !== './package.json')
      .sort();
    const denoSubpaths = Object.keys(denoExports).sort();
    if (npmSubpaths.join() !== denoSubpaths.join()) {
      problems.push(
        `${where}: export subpaths differ: package.json ${npmSubpaths.join(', ')}; deno.json ${denoSubpaths.join(', ')}`,
      );
    }
    for (const [subpath, target] of Object.entries(denoExports)) {
      if (!existsSync(join(dir, target)))
        problems.push(`${where}: deno.json export ${subpath} → ${target} does not exist`);
    }
  }

  const members = (readJson(join(root, 'deno.json')).workspace ?? [])
    .map((member) => member.replace(/^\.\//, '').replace(/\/$/, ''))
    .sort();
  const expected = withDenoJson.map((name) => `packages/${name}`);
  for (const member of expected.filter((path) => !members.includes(path))) {
    problems.push(`deno.json: workspace does not list ${member}, which has a deno.json`);
  }
  for (const member of members.filter((path) => !expected.includes(path))) {
    problems.push(`deno.json: workspace lists ${member}, which has no deno.json`);
  }
  return problems;
}

/** Copies each package.json's version into the deno.json beside it; returns the packages changed. */
export function syncDenoVersions(root) {
  const packagesDir = join(root, 'packages');
  const changed = [];
  for (const name of readdirSync(packagesDir)) {
    const [npmPath, denoPath] = [join(packagesDir, name, 'package.json'), join(packagesDir, name, 'deno.json')];
    if (!existsSync(npmPath) || !existsSync(denoPath)) continue;
    const { version } = readJson(npmPath);
    const deno = readJson(denoPath);
    if (deno.version === version) continue;
    writeFileSync(denoPath, `${JSON.stringify({ ...deno, version }, null, 2)}\n`);
    changed.push(`packages/${name}`);
  }
  return changed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  if (process.argv.includes('--sync-versions')) {
    for (const name of syncDenoVersions(root)) console.log(`${name}: deno.json version set from package.json`);
  }
  const problems = checkDenoManifests(root);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exit(1);
  console.log('deno manifests: name, version, license and exports agree with package.json');
}
