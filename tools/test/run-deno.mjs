#!/usr/bin/env node
// Runs `deno test` over the tests of every package marked Deno-compatible
// (`"circleciKit": { "deno": true }` in its package.json). Files named
// `*.node.test.ts` are Node-only and left out. Prints Deno's own summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const packagesDir = join(root, 'packages');

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return testFiles(path);
    return entry.endsWith('.test.ts') && !entry.endsWith('.node.test.ts') ? [path] : [];
  });
}

const files = readdirSync(packagesDir)
  .filter((name) => {
    const manifest = join(packagesDir, name, 'package.json');
    return existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).circleciKit?.deno === true;
  })
  .flatMap((name) => testFiles(join(packagesDir, name, 'test')));

if (files.length === 0) {
  console.log('deno: no Deno-compatible test files');
  process.exit(0);
}

const deno = join(root, 'node_modules', '.bin', 'deno');
const result = spawnSync(deno, ['test', '--allow-all', '--config', join(root, 'deno.json'), ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
});
process.exit(result.status ?? 1);
