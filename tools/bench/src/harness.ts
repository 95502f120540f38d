/**
 * The benchmark harness: medians of repeated runs after a warm-up, a printed
 * table, and `bench-results/<name>.json` with the targets an issue sets.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** How many measured runs and warm-up runs a figure takes. */
export interface MeasureOptions {
  /** @default 7 */
  runs?: number;
  /** @default 1 */
  warmup?: number;
}

/** Median of a list of numbers (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs `task` `warmup` times unmeasured, then `runs` times, and returns the median wall time in ms. */
export async function medianMs(task: () => unknown, options: MeasureOptions = {}): Promise<number> {
  const { runs = 7, warmup = 1 } = options;
  if (runs < 5) throw new Error(`a figure takes the median of at least 5 runs, got ${runs}`);
  for (let i = 0; i < warmup; i++) await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * Runs every task once per round, in turn, `warmup` rounds unmeasured and
 * then `runs` rounds, and returns each task's median wall time in ms. Taking
 * turns puts a peer and its baseline under the same machine load, which a
 * block of runs of one followed by a block of the other does not on a busy
 * machine.
 *
 * @example
 * const { node, ours } = await interleavedMedians({ node: () => spawnSync('node', ['-e', '0']), ours: () => … });
 */
export async function interleavedMedians<Name extends string>(
  tasks: Readonly<Record<Name, () => unknown>>,
  options: MeasureOptions = {},
): Promise<Record<Name, number>> {
  const { runs = 7, warmup = 1 } = options;
  if (runs < 5) throw new Error(`a figure takes the median of at least 5 runs, got ${runs}`);
  const names = Object.keys(tasks) as Name[];
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Name, number[]>;
  for (let round = 0; round < warmup + runs; round++) {
    for (const name of names) {
      const start = performance.now();
      await tasks[name]();
      if (round >= warmup) times[name].push(performance.now() - start);
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(times[name])])) as Record<Name, number>;
}

/** A target that an issue sets for one figure. */
export interface Target {
  name: string;
  value: number;
  op: '>=' | '<=';
  threshold: number;
  pass: boolean;
}

/** Builds a {@link Target}, deciding whether it held. */
export function target(name: string, value: number, op: '>=' | '<=', threshold: number): Target {
  return { name, value, op, threshold, pass: op === '>=' ? value >= threshold : value <= threshold };
}

/** What one benchmark run writes to `bench-results/<name>.json`. */
export interface BenchResult {
  name: string;
  machine: string;
  medians: Record<string, number>;
  targets: Target[];
}

/** A one-line description of this machine: CPU model, core count, memory, Node version. */
export function machine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model ?? 'unknown cpu'} ×${cpu.length}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`;
}

function round(value: number): number {
  return Number(value.toPrecision(4));
}

/**
 * Prints the medians and targets as a table and writes the result file.
 * Never fails on a missed target: it says so.
 */
export function report(name: string, medians: Record<string, number>, targets: Target[]): BenchResult {
  const result: BenchResult = { name, machine: machine(), medians, targets };
  console.log(`\n${name} — ${result.machine}`);
  console.table(
    Object.fromEntries(Object.entries(medians).map(([figure, value]) => [figure, { median: round(value) }])),
  );
  for (const t of targets) {
    console.log(`${t.pass ? 'PASS' : 'MISS'}  ${t.name}: ${round(t.value)} ${t.op} ${t.threshold}`);
  }
  const dir = join(new URL('../../../', import.meta.url).pathname, 'bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}
