import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pactJunitReport, type PactVerificationReport } from '../src/index.ts';
import { writeVerificationReports } from '../src/write-verification-reports.ts';
import { versionedReport } from './support/versioned-report.ts';

const holdWrite = fileURLToPath(new URL('./support/hold-report-write.ts', import.meta.url));

/** A write `support/hold-report-write.ts` holds open: the file, the bytes put down, the bytes in all. */
interface HeldWrite {
  file: string;
  written: number;
  total: number;
}

/** Waits for the child to say which write it holds; fails if it ends first (it wrote nothing, or all). */
function heldWrite(child: ChildProcessByStdio<null, Readable, null>, exited: Promise<unknown>): Promise<HeldWrite> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^writing (.+) (\d+) (\d+)\n/.exec(out);
      if (match) resolve({ file: match[1]!, written: Number(match[2]), total: Number(match[3]) });
    });
    exited.then(() => reject(new Error(`the writer ended without holding a write: ${JSON.stringify(out)}`)), reject);
  });
}

const report = (padding: string): PactVerificationReport =>
  ({
    totals: { passed: 1, failed: 0, skipped: 0, error: 0 },
    results: [],
    padding,
  }) as unknown as PactVerificationReport;

describe('writeVerificationReports', () => {
  it('writes JUnit XML and the JSON report, creating folders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pact-verification-reports-both-'));
    const verification: PactVerificationReport = {
      format: 'circleci-kit-pact-verification/1',
      target: 'mock',
      pacts: [],
      results: [],
      totals: { passed: 0, failed: 0, skipped: 0, error: 0 },
      durationMs: 1,
    };
    const [xml, json] = [join(dir, 'a', 'pact.xml'), join(dir, 'b', 'c', 'pact.json')];
    writeVerificationReports(verification, [
      { format: 'junit', path: xml },
      { format: 'json', path: json },
    ]);
    expect(readFileSync(xml, 'utf8')).toBe(pactJunitReport(verification));
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual(verification);
  });

  it('replaces the file by a rename, leaving no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pact-verification-reports-'));
    const path = join(dir, 'reports', 'pact.json');
    writeVerificationReports(report('a'), [{ format: 'json', path }]);
    const before = statSync(path).ino;
    writeVerificationReports(report('b'), [{ format: 'json', path }]);
    expect(statSync(path).ino).not.toBe(before);
    expect(JSON.parse(readFileSync(path, 'utf8')).padding).toBe('b');
    expect(readdirSync(join(dir, 'reports'))).toEqual(['pact.json']);
  });

  it('leaves the previous report whole, or none, when the writer is killed mid-write', async () => {
    const fullText = (version: number) => {
      const path = join(mkdtempSync(join(tmpdir(), 'pact-verification-reports-full-')), 'pact.json');
      writeVerificationReports(versionedReport(version), [{ format: 'json', path }]);
      return readFileSync(path, 'utf8');
    };
    const next = fullText(8);
    for (const previous of [undefined, 7]) {
      const dir = mkdtempSync(join(tmpdir(), 'pact-verification-reports-kill-'));
      const path = join(dir, 'pact.json');
      if (previous !== undefined) writeVerificationReports(versionedReport(previous), [{ format: 'json', path }]);
      const before = previous === undefined ? undefined : fullText(previous);
      const reportNow = () => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
      /** The one file beside the report: what the write had put down when it stopped. */
      const partial = () => {
        const others = readdirSync(dir).filter((name) => name !== 'pact.json');
        expect(others, 'one file beside the report, the write under way').toHaveLength(1);
        return readFileSync(join(dir, others[0]!), 'utf8');
      };

      const child = spawn(process.execPath, ['--import', 'tsx', holdWrite, path, '8'], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
      try {
        const held = await heldWrite(child, exited);
        // The write is under way: half the new report is down, in a file beside the report.
        expect(basename(held.file)).not.toBe('pact.json');
        expect(held.total).toBe(Buffer.byteLength(next));
        expect(partial()).toBe(next.slice(0, held.written));
        expect(reportNow()).toBe(before);

        child.kill('SIGKILL');
        expect((await exited)[1]).toBe('SIGKILL');
        // Killed then: the report is as it was, never torn; the half-written file stays behind, as the evidence.
        expect(reportNow()).toBe(before);
        const left = partial();
        expect(left.length).toBeGreaterThan(0);
        expect(left.length).toBeLessThan(next.length);
        expect(next.startsWith(left)).toBe(true);
      } finally {
        child.kill('SIGKILL');
      }
    }
  }, 30_000);
});
