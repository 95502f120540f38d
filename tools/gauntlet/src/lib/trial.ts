/** How big a run is: `--short` (seconds per trial, for the test command) or full. */
export interface Scale {
  short: boolean;
  seed: number;
}

/** Picks the short or the full figure. */
export const pick = <T>(scale: Scale, short: T, full: T): T => (scale.short ? short : full);

/** What one trial reports. */
export interface TrialResult {
  name: string;
  ok: boolean;
  /** One line of figures for the table. */
  summary: string;
  /** Every figure, for bench-results/gauntlet.json. */
  figures: Record<string, number | string | boolean>;
  /** What went wrong (at most 20). */
  failures: string[];
  /** Contributions to the totals row. */
  totals: Partial<Totals>;
  durationMs?: number;
}

/** The table's totals. */
export interface Totals {
  loadHeld: number;
  faultsSurvived: number;
  hostileCases: number;
  leaks: number;
  tornWrites: number;
}

/** A trial: runs at a scale and says what it found. */
export type Trial = (scale: Scale) => Promise<TrialResult>;

/** Collects failures (the first 20 kept) while a trial runs. */
export class Failures {
  readonly list: string[] = [];
  count = 0;
  add(message: string): void {
    this.count++;
    if (this.list.length < 20) this.list.push(message.length > 500 ? `${message.slice(0, 500)}…` : message);
  }
}

/** Rejects when `promise` takes longer than `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms (hang)`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Runs `work` over `items` with at most `limit` at once. */
export async function pool<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>) {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index]!, index);
    }
  });
  await Promise.all(workers);
}

/** A short description of anything thrown. */
export function describeError(error: unknown): string {
  if (error instanceof Error)
    return `${error.constructor.name}${'code' in error ? `(${String(error.code)})` : ''}: ${error.message}`;
  return `non-error thrown: ${String(error)}`;
}
