/**
 * Runs one trial in this process: `tsx trial-main.ts <trial> [--short] [--seed N]`.
 * Prints `GAUNTLET-RESULT <json>` as its last line; an uncaught exception
 * or a crash leaves that line out, which the runner counts as a failure.
 */
import type { Trial } from './lib/trial.ts';

const [name, ...rest] = process.argv.slice(2);
const short = rest.includes('--short');
const seedAt = rest.indexOf('--seed');
const seed = seedAt >= 0 ? Number(rest[seedAt + 1]) : 20251017;
const module = (await import(`./trials/${name}.js`)) as { run: Trial };
const started = performance.now();
const result = await module.run({ short, seed });
result.durationMs = Math.round(performance.now() - started);
process.stdout.write(`\nGAUNTLET-RESULT ${JSON.stringify(result)}\n`);
process.exit(result.ok ? 0 : 1);
