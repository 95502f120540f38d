/**
 * `pnpm gauntlet [--short] [--seed N] [--only a,b]`: runs every trial in
 * order, each in its own process under a wall-clock guard, prints one table
 * of figures, writes bench-results/gauntlet.json and ends with
 * `N passed, N failed` (one per trial). Exit 1 when any trial fails.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { root, rootBin, srcDir } from './lib/paths.ts';
import type { Totals, TrialResult } from './lib/trial.ts';

/** The trials, in the order they run, with their wall-clock guards (short, full) in seconds. */
const TRIALS: ReadonlyArray<readonly [string, number, number]> = [
  ['load', 40, 180],
  ['fault-storm', 60, 240],
  ['stalled-target', 60, 180],
  ['hostile-spec', 60, 900],
  ['hostile-slug', 30, 600],
  ['hostile-mock-sockets', 60, 900],
  ['hostile-log', 30, 600],
  ['secret-hygiene', 90, 600],
  ['torn-writes', 40, 300],
  ['prism', 90, 300],
];

const args = process.argv.slice(2);
const short = args.includes('--short');
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 20251017;
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1]!.split(',') : undefined;

function runTrial(name: string, guardSeconds: number): Promise<TrialResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(
      rootBin('tsx'),
      [`${srcDir}trial-main.ts`, name, ...(short ? ['--short'] : []), '--seed', String(seed)],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=2048' },
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-8000)));
    let timedOut = false;
    const guard = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, guardSeconds * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      const line = /^GAUNTLET-RESULT (.*)$/m.exec(out);
      if (line) {
        resolve(JSON.parse(line[1]!) as TrialResult);
        return;
      }
      resolve({
        name,
        ok: false,
        summary: timedOut ? `hung: killed after ${guardSeconds} s` : `crashed (exit ${code ?? signal})`,
        figures: {},
        failures: [
          timedOut ? `no result within ${guardSeconds} s` : `exit ${code ?? signal}: ${err.trim().slice(-1500)}`,
        ],
        totals: {},
        durationMs: Math.round(performance.now() - started),
      });
    });
  });
}

const started = performance.now();
const results: TrialResult[] = [];
for (const [name, shortGuard, fullGuard] of TRIALS) {
  if (only && !only.includes(name)) continue;
  process.stdout.write(`gauntlet: ${name}${short ? ' (short)' : ''}… `);
  const result = await runTrial(name, short ? shortGuard : fullGuard);
  results.push(result);
  process.stdout.write(`${result.ok ? 'ok' : 'FAILED'} in ${((result.durationMs ?? 0) / 1000).toFixed(1)} s\n`);
  for (const failure of result.failures) process.stdout.write(`  ✗ ${failure}\n`);
}

const totals: Totals = { loadHeld: 0, faultsSurvived: 0, hostileCases: 0, leaks: 0, tornWrites: 0 };
for (const result of results)
  for (const [key, value] of Object.entries(result.totals)) totals[key as keyof Totals] += value;

const rows = results.map((r) => ({
  trial: r.name,
  result: r.ok ? 'ok' : 'FAILED',
  seconds: ((r.durationMs ?? 0) / 1000).toFixed(1),
  figures: r.summary,
}));
const width = (key: keyof (typeof rows)[number]) => Math.max(key.length, ...rows.map((row) => row[key].length));
const line = (row: Record<string, string>) =>
  `| ${(['trial', 'result', 'seconds', 'figures'] as const).map((k) => row[k]!.padEnd(width(k))).join(' | ')} |`;
const totalSeconds = (performance.now() - started) / 1000;
console.log(`\ncircleci-kit gauntlet (${short ? 'short' : 'full'}, seed ${seed}, ${cpus().length} cores)\n`);
console.log(line({ trial: 'trial', result: 'result', seconds: 'seconds', figures: 'figures' }));
console.log(
  line({ trial: '-', result: '-', seconds: '-', figures: '-' })
    .replace(/ /g, '-')
    .replace(/-\|-/g, ' | ')
    .replace(/^-/, '|'),
);
for (const row of rows) console.log(line(row));
console.log(
  `\nload held: ${totals.loadHeld} requests without an error · faults survived: ${totals.faultsSurvived} · hostile cases tried: ${totals.hostileCases} · leaks found: ${totals.leaks} · torn writes found: ${totals.tornWrites}`,
);
mkdirSync(`${root}bench-results`, { recursive: true });
writeFileSync(
  `${root}bench-results/gauntlet.json`,
  `${JSON.stringify({ mode: short ? 'short' : 'full', seed, cores: cpus().length, durationMs: Math.round(totalSeconds * 1000), totals, trials: results }, null, 2)}\n`,
);
const passed = results.filter((r) => r.ok).length;
console.log(`\ngauntlet took ${totalSeconds.toFixed(1)} s; figures in bench-results/gauntlet.json`);
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
