import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PactVerificationReport } from '@circleci-kit/pact';
import { writePactReports } from '../../../src/commands/pact/pact-reports.js';

const report = (padding: string): PactVerificationReport =>
  ({
    totals: { passed: 1, failed: 0, skipped: 0, error: 0 },
    results: [],
    padding,
  }) as unknown as PactVerificationReport;

describe('writePactReports', () => {
  it('replaces the file by a rename, leaving no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-pact-reports-'));
    const path = join(dir, 'reports', 'pact.json');
    writePactReports(report('a'), [{ format: 'json', path }]);
    const before = statSync(path).ino;
    writePactReports(report('b'), [{ format: 'json', path }]);
    expect(statSync(path).ino).not.toBe(before);
    expect(JSON.parse(readFileSync(path, 'utf8')).padding).toBe('b');
    expect(readdirSync(join(dir, 'reports'))).toEqual(['pact.json']);
  });

  it('leaves the old report or the new one when the writer is killed mid-write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-pact-reports-kill-'));
    const path = join(dir, 'pact.json');
    const source = fileURLToPath(new URL('../../../src/commands/pact/pact-reports.ts', import.meta.url));
    const script = join(dir, 'writer.mts');
    writeFileSync(
      script,
      `import { writePactReports } from ${JSON.stringify(source)};
for (let i = 0; ; i++) {
  writePactReports({ version: i, body: String(i).repeat(400_000) }, [{ format: 'json', path: ${JSON.stringify(path)} }]);
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
