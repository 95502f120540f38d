/**
 * Torn writes: a child process loops writing large, distinct, checksummed
 * contents through the real writers (spec-loader's cache writer,
 * conformance's writeReports, pact's mergePactFile, the CLI's pact
 * verification report writer); the trial SIGKILLs it at random moments,
 * then checks every file: it must parse and its checksum must match one
 * whole version, never truncated or mixed. Then a new writer starts where
 * the last one stopped (breaking the stale pact lock).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { rootBin, srcDir } from '../lib/paths.ts';
import { payloadProblem, WRITERS } from '../lib/torn-content.ts';
import { Failures, pick, type Scale, type TrialResult } from '../lib/trial.ts';

/** Reads a written file back to its payload (exported for the tests). */
export function readBack(writer: (typeof WRITERS)[number], text: string): unknown {
  if (writer === 'spec-cache') {
    const newline = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, newline)) as { bytes: number };
    const body = text.slice(newline + 1);
    const bytes = Buffer.byteLength(body, 'utf8');
    if (header.bytes !== bytes) throw new Error(`body of ${bytes} bytes, header says ${header.bytes}`);
    return JSON.parse(body);
  }
  const json = JSON.parse(text) as { interactions?: Array<{ response: { body: { content: unknown } } }> };
  if (writer === 'pact') return json.interactions?.[0]?.response.body.content;
  return json;
}

/** Checks every file in `dir` (exported for the tests): the torn ones. */
export function checkFiles(dir: string): string[] {
  const torn: string[] = [];
  for (const writer of WRITERS) {
    const path = join(dir, `${writer}.json`);
    if (!existsSync(path)) continue;
    try {
      const problem = payloadProblem(readBack(writer, readFileSync(path, 'utf8')), writer);
      if (problem) torn.push(`${writer}: ${problem}`);
    } catch (error) {
      torn.push(`${writer}: torn (${(error as Error).message.slice(0, 120)}) after ${readFileSync(path).length} bytes`);
    }
  }
  return torn;
}

export async function run(scale: Scale): Promise<TrialResult> {
  const failures = new Failures();
  const kills = pick(scale, 6, 200);
  const dir = mkdtempSync(join(tmpdir(), 'gauntlet-torn-'));
  const delays = fc.sample(fc.integer({ min: 30, max: 400 }), { seed: scale.seed, numRuns: kills });
  let version = 0;
  let checked = 0;
  let torn = 0;
  const tornBy: Record<string, number> = {};
  try {
    for (const delay of delays) {
      const child = spawn(rootBin('tsx'), [`${srcDir}lib/torn-writer.ts`, dir, String(version)], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      // Wait for the first completed round, then kill at a random moment of a later one.
      await new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          if (out.includes('\n') || child.exitCode !== null) {
            clearInterval(poll);
            setTimeout(() => {
              child.kill('SIGKILL');
              resolve();
            }, delay);
          }
        }, 5);
      });
      await new Promise((resolve) =>
        child.exitCode !== null || child.signalCode !== null ? resolve(undefined) : child.once('exit', resolve),
      );
      if (child.signalCode !== 'SIGKILL')
        failures.add(`the writer exited by itself (${child.exitCode}): ${err.slice(-500)}`);
      const last = out.trim().split('\n').filter(Boolean).map(Number).at(-1) ?? version;
      version = last + 1;
      for (const problem of checkFiles(dir)) {
        torn++;
        const writer = problem.slice(0, problem.indexOf(':'));
        tornBy[writer] = (tornBy[writer] ?? 0) + 1;
        failures.add(`after a SIGKILL ${delay} ms into the writes: ${problem}`);
      }
      checked += WRITERS.length;
      // A torn file would make the next writer fail to merge (pact); start clean then.
      if (torn > 0) rmSync(join(dir, 'pact.json'), { force: true });
    }
  } finally {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch {
      // a temporary file left by the last writer; the folder is in tmpdir
    }
  }
  return {
    name: 'torn-writes',
    ok: failures.count === 0,
    summary: `${kills} SIGKILLs during writes of 200–400 kB by ${WRITERS.length} writers (${WRITERS.join(', ')}); ${checked} files checked, ${torn} torn${
      torn
        ? ` (${Object.entries(tornBy)
            .map(([k, v]) => `${k}×${v}`)
            .join(', ')})`
        : ''
    }; ${version} versions written`,
    figures: { kills, checked, torn, versions: version, ...tornBy },
    failures: failures.list,
    totals: { tornWrites: torn },
  };
}
