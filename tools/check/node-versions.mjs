#!/usr/bin/env node
// `pnpm check:node`: the tarball tests (tools/pack-test) under other Node
// majors than the machine's, one full Vitest run per major, with a summary
// line per version. See tools/pack-test/README.md.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { formatDuration } from './lib/format-duration.mjs';
import { parseFlags } from './lib/parse-flags.mjs';
import { repoRoot } from './lib/repo-root.mjs';
import { resolveNode } from './lib/resolve-node.mjs';

const usage = `usage: node tools/check/node-versions.mjs [--versions 22,24]

Runs the tarball tests (\`vitest run tools/pack-test\`) once per Node major in
--versions (default 22,24). Each Node comes from the npm registry's \`node\`
package (\`npx -y -p node@<major>\`); Vitest runs on it, and its bin folder
comes first on PATH, so the npm, \`node example.mjs\` and \`node_modules/.bin\`
processes the tests start run on it too. The packages must be built first
(\`pnpm check:node\` builds them). Exits 1 when any version failed, 2 on a bad flag.`;

const flags = parseFlags({ versions: { type: 'string', default: '22,24' } }, usage);
const majors = flags.versions.split(',').map((text) => text.trim());
if (majors.some((major) => !/^[1-9]\d*$/.test(major))) {
  process.stderr.write(`--versions takes Node majors separated by commas, got ${flags.versions}\n\n${usage}\n`);
  process.exit(2);
}

/** Runs the pack-test Vitest run on `node`, mirroring its output; resolves with its exit code and counts. */
function runPackTest(node, reportFile) {
  const env = {
    ...process.env,
    PATH: [dirname(node), process.env.PATH].join(delimiter),
    TURBO_TELEMETRY_DISABLED: '1',
    DENO_NO_UPDATE_CHECK: '1',
  };
  const args = [
    join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    'tools/pack-test',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
  ];
  return new Promise((resolve) => {
    const child = spawn(node, args, { cwd: repoRoot, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error) => resolve({ code: 1, problem: error.message }));
    child.on('close', (code) => {
      let counts;
      try {
        const report = JSON.parse(readFileSync(reportFile, 'utf8'));
        counts = { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests };
      } catch {
        counts = undefined;
      }
      resolve({ code: code ?? 1, counts });
    });
  });
}

const work = mkdtempSync(join(tmpdir(), 'circleci-kit-node-versions-'));
const results = [];
try {
  for (const major of majors) {
    const started = performance.now();
    let node;
    let version;
    try {
      node = resolveNode(major);
      version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
    } catch (error) {
      results.push({ major, version: `node@${major}`, problem: `could not get Node ${major}: ${error.message}` });
      continue;
    }
    console.log(`\n=== Node ${version} (${node}): vitest run tools/pack-test\n`);
    const run = await runPackTest(node, join(work, `vitest-${major}.json`));
    results.push({ major, version, ...run, seconds: (performance.now() - started) / 1000 });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log('');
let failedVersions = 0;
for (const { version, code, counts, problem, seconds } of results) {
  const ok = !problem && code === 0 && counts !== undefined && counts.failed === 0 && counts.passed > 0;
  if (!ok) failedVersions += 1;
  const figures = counts
    ? `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`
    : 'no test report';
  const detail = problem ?? `${figures}${code !== 0 ? `, exit ${code}` : ''} in ${formatDuration(seconds)}`;
  console.log(`Node ${version}: ${ok ? 'ok' : 'FAILED'} (${detail})`);
}
console.log(
  `tarball tests on Node ${results.map((result) => result.version).join(', ')}: ${results.length - failedVersions} passed, ${failedVersions} failed`,
);
process.exit(failedVersions > 0 ? 1 : 0);
