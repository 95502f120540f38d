#!/usr/bin/env node
// `pnpm bench` runs every benchmark in src/benches/; `pnpm bench <name>` (or
// `pnpm bench:<name>`) runs one. Packages are built first.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '..', '..');
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', PACT_DO_NOT_TRACK: 'true' };
const benchesDir = join(here, 'src', 'benches');
const available = readdirSync(benchesDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.replace(/\.bench\.ts$/, ''));
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`unknown benchmark: ${unknown.join(', ')} (available: ${available.join(', ')})`);
  process.exit(2);
}

const build = spawnSync(join(root, 'node_modules', '.bin', 'turbo'), ['run', 'build', '--output-logs=errors-only'], {
  cwd: root,
  stdio: 'inherit',
  env,
});
if (build.status !== 0) process.exit(build.status ?? 1);

for (const name of wanted.length > 0 ? wanted : available) {
  const result = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(benchesDir, `${name}.bench.ts`)], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
