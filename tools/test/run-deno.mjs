#!/usr/bin/env node
// The Deno side of the test command. First, side by side, each printing one
// line (and its whole output when it fails):
// - the deno.json of every package agrees with its package.json
//   (tools/test/check-deno-manifests.mjs);
// - `deno publish --dry-run` over the root deno.json's workspace, every
//   library package in it: types, slow types, and no module an export needs
//   left out of `publish.include`;
// - `deno check` and `deno run` of tools/deno-consumer/main.ts, which imports
//   the packages by name through the workspace.
// Then `deno test` over the tests of every package marked Deno-compatible
// (`"circleciKit": { "deno": true }` in its package.json); files named
// `*.node.test.ts` are Node-only and left out. Deno's own summary line ends the
// output; the exit code is non-zero when any step failed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDenoManifests } from './check-deno-manifests.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const packagesDir = join(root, 'packages');
const deno = join(root, 'node_modules', '.bin', 'deno');
const env = { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' };
const consumer = join(root, 'tools', 'deno-consumer', 'main.ts');

/** Runs a command with its output captured; resolves with its exit code and output. */
function capture(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('error', (error) => resolve({ code: 1, out: `${out}${error.message}\n` }));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

/** A step's result: `ok` and the line to print, or the output that explains its failure. */
async function manifestsStep() {
  const problems = checkDenoManifests(root);
  return problems.length === 0
    ? { ok: true, line: 'deno manifests: name, version, license and exports agree with package.json' }
    : { ok: false, line: 'deno manifests: disagree with package.json', out: `${problems.join('\n')}\n` };
}

async function publishStep() {
  const { code, out } = await capture(deno, ['publish', '--dry-run', '--allow-dirty']);
  const published = [...out.matchAll(/^Simulating publish of (\S+) with files:/gm)].map((match) => match[1]);
  return code === 0
    ? { ok: true, line: `deno publish --dry-run: ${published.length} packages (${published.sort().join(', ')})` }
    : { ok: false, line: `deno publish --dry-run: failed (exit ${code})`, out };
}

async function consumerStep() {
  const check = await capture(deno, ['check', consumer]);
  if (check.code !== 0)
    return { ok: false, line: `deno check tools/deno-consumer: failed (exit ${check.code})`, out: check.out };
  const run = await capture(deno, ['run', '--allow-read', consumer]);
  if (run.code !== 0)
    return { ok: false, line: `deno run tools/deno-consumer: failed (exit ${run.code})`, out: run.out };
  const lines = run.out.trim().split('\n').length;
  return { ok: true, line: `deno check and run tools/deno-consumer: ${lines} checks ok` };
}

const steps = await Promise.all([manifestsStep(), publishStep(), consumerStep()]);
for (const step of steps) {
  if (!step.ok) process.stdout.write(step.out ?? '');
  console.log(step.line);
}
const stepsFailed = steps.some((step) => !step.ok);

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
  process.exit(stepsFailed ? 1 : 0);
}

const result = spawnSync(deno, ['test', '--allow-all', '--config', join(root, 'deno.json'), ...files], {
  cwd: root,
  stdio: 'inherit',
  env,
});
process.exit(stepsFailed ? 1 : (result.status ?? 1));
