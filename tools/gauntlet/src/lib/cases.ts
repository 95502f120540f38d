import fc from 'fast-check';
import { describeError, Failures, pool } from './trial.js';

/** How a family of hostile cases went. */
export interface CaseTally {
  family: string;
  cases: number;
  failures: number;
  slowestMs: number;
}

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
  check: (value: T) => Promise<string | undefined> | string | undefined,
  failures: Failures,
  options: { perCaseMs?: number; concurrency?: number; batch?: number; show?: (value: T) => string } = {},
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

/** One line per family: `family N (slowest X ms)`. */
export const tallyLine = (tallies: readonly CaseTally[]): string =>
  tallies.map((t) => `${t.family} ${t.cases}${t.failures > 0 ? ` (${t.failures} failed)` : ''}`).join(', ');
