import fc from 'fast-check';
import type { Failures } from './trial.ts';
import { describeError, pool } from './trial.ts';

/** How a family of hostile cases went. */
export interface CaseTally {
  family: string;
  cases: number;
  failures: number;
  slowestMs: number;
}

/** How a family's cases are run: the time guard, concurrency, batch size and how a failing input is shown. */
export interface CaseOptions<T> {
  perCaseMs?: number;
  concurrency?: number;
  batch?: number;
  show?: (value: T) => string;
}

/** What a family's check returns: a failure message, or nothing when the case held. */
export type CaseCheck<T> = (value: T) => Promise<string | undefined> | string | undefined;

/**
 * Draws `count` values from `arbitrary` (seeded, in batches) and runs
 * `check` on each under a per-case time guard. `check` returns a failure
 * message, or nothing when the case held; a throw is a failure too.
 */
export async function runCases<T>(
  family: string,
  arbitrary: fc.Arbitrary<T>,
  count: number,
  seed: number,
  check: CaseCheck<T>,
  failures: Failures,
  options: CaseOptions<T> = {},
): Promise<CaseTally> {
  const perCaseMs = options.perCaseMs ?? 5000;
  const batch = options.batch ?? 500;
  const show = options.show ?? ((value: T) => fc.stringify(value).slice(0, 200));
  let failed = 0;
  let slowestMs = 0;
  for (let done = 0, round = 0; done < count; round++) {
    const size = Math.min(batch, count - done);
    const values = fc.sample(arbitrary, { seed: seed + round, numRuns: size });
    await pool(values, options.concurrency ?? 1, async (value) => {
      const started = performance.now();
      let problem: string | undefined;
      let timer: NodeJS.Timeout | undefined;
      try {
        problem = await Promise.race([
          Promise.resolve().then(() => check(value)),
          new Promise<string>((resolve) => {
            timer = setTimeout(() => resolve(`no outcome within ${perCaseMs} ms (hang)`), perCaseMs);
          }),
        ]);
      } catch (error) {
        problem = `threw ${describeError(error)}`;
      } finally {
        clearTimeout(timer);
      }
      const ms = performance.now() - started;
      slowestMs = Math.max(slowestMs, ms);
      if (problem === undefined && ms > perCaseMs) problem = `took ${Math.round(ms)} ms (limit ${perCaseMs} ms)`;
      if (problem !== undefined) {
        failed++;
        failures.add(`${family} (seed ${seed + round}): ${problem} — input ${show(value)}`);
      }
    });
    done += size;
  }
  return { family, cases: count, failures: failed, slowestMs: Math.round(slowestMs) };
}

/**
 * The families of hostile cases one trial runs, each with {@link runCases}
 * into the trial's failures, and their tallies.
 *
 * @example
 * const families = new CaseFamilies(failures);
 * await families.run('deep nesting', deep, 100, seed, (text) => problemOf(text));
 * families.summary(); // 'deep nesting 100; slowest 12 ms'
 */
export class CaseFamilies {
  readonly tallies: CaseTally[] = [];

  constructor(private readonly failures: Failures) {}

  /** Runs one family and keeps its tally. */
  async run<T>(
    family: string,
    arbitrary: fc.Arbitrary<T>,
    count: number,
    seed: number,
    check: CaseCheck<T>,
    options: CaseOptions<T> = {},
  ): Promise<void> {
    this.tallies.push(await runCases(family, arbitrary, count, seed, check, this.failures, options));
  }

  /** The cases of every family run so far. */
  get cases(): number {
    return this.tallies.reduce((sum, t) => sum + t.cases, 0);
  }

  /** The cases of each family name (a family run in batches counts once). */
  byFamily(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const t of this.tallies) counts.set(t.family, (counts.get(t.family) ?? 0) + t.cases);
    return counts;
  }

  /** `family N (K failed), …; slowest X ms`. */
  summary(): string {
    const line = this.tallies
      .map((t) => `${t.family} ${t.cases}${t.failures > 0 ? ` (${t.failures} failed)` : ''}`)
      .join(', ');
    return `${line}; slowest ${Math.max(...this.tallies.map((t) => t.slowestMs))} ms`;
  }
}
