import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pactJunitReport, type PactVerificationReport } from '../src/index.js';
import { writeVerificationReports } from '../src/write-verification-reports.js';

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

  it('leaves the old report or the new one when the writer is killed mid-write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pact-verification-reports-kill-'));
    const path = join(dir, 'pact.json');
    const source = fileURLToPath(new URL('../src/write-verification-reports.ts', import.meta.url));
    const script = join(dir, 'writer.mts');
    writeFileSync(
      script,
      `import { writeVerificationReports } from ${JSON.stringify(source)};
for (let i = 0; ; i++) {
  writeVerificationReports({ version: i, body: String(i).repeat(400_000) }, [{ format: 'json', path: ${JSON.stringify(path)} }]);
  if (i === 0) process.stdout.write('ready\\n');
}`,
    );
    for (let round = 0; round < 3; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, 50 + round * 37));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      expect(existsSync(path)).toBe(true);
      const written = JSON.parse(readFileSync(path, 'utf8')) as { version: number; body: string };
      expect(written.body).toBe(String(written.version).repeat(400_000));
    }
  }, 30_000);
});
