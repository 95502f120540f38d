#!/usr/bin/env node
// Merges the pacts written by the shards of a conformance run (one folder per
// shard, `--pact-dir reports/pacts/shard-N`) into one folder, one file per
// consumer/provider pair: the union of their interactions, by interaction key.
// Usage: node .ci/merge-pacts.mjs OUT_DIR SHARD_DIR... (after `pnpm build`)
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [outDir, ...shardDirs] = process.argv.slice(2);
if (!outDir || shardDirs.length === 0) {
  console.error('usage: node .ci/merge-pacts.mjs OUT_DIR SHARD_DIR...');
  process.exit(2);
}
// @circleci-kit/pact is a dependency of the CLI package, not of the workspace root.
const require = createRequire(new URL('../packages/cli/package.json', import.meta.url));
const { mergePactFile, readPacts } = await import(pathToFileURL(require.resolve('@circleci-kit/pact')).href);

const written = new Map();
for (const dir of shardDirs) {
  for (const { path, pact } of readPacts(resolve(dir))) {
    const file = join(resolve(outDir), path.split(/[\\/]/).pop());
    const result = await mergePactFile(file, {
      consumer: pact.consumer.name,
      provider: pact.provider.name,
      interactions: pact.interactions,
    });
    written.set(file, result);
  }
}
for (const file of written.keys()) console.log(`pact: ${file}`);
