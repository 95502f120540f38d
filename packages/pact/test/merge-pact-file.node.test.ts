import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergePactFile, PactError, type PactFile, type PactInteraction } from '@circleci-kit/pact';
import { describe, expect, it } from 'vitest';

const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const worker = fileURLToPath(new URL('./support/write-pact-worker.ts', import.meta.url));

const interaction = (key: string, status = 200): PactInteraction => ({
  type: 'Synchronous/HTTP',
  key,
  description: `interaction ${key}`,
  request: { method: 'GET', path: '/api/v2/me' },
  response: { status },
});

function run(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [worker, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

describe('mergePactFile', () => {
  it('loses nothing when 6 processes write the same pact at once, past a stale lock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pact-merge-'));
    const file = join(dir, 'shards-circleci-api-v2.json');
    // A lock left by a writer that died (a pid that cannot exist): broken, not waited on for ever.
    writeFileSync(`${file}.lock`, `999999999\n${(await import('node:os')).hostname()}\n`);
    const codes = await Promise.all(Array.from({ length: 6 }, (_, w) => run([file, String(w), '40', '5'])));
    expect(codes).toEqual([0, 0, 0, 0, 0, 0]);
    const pact = JSON.parse(readFileSync(file, 'utf8')) as PactFile;
    expect(pact.interactions).toHaveLength(240);
    expect(new Set(pact.interactions.map((i) => i.key)).size).toBe(240);
    expect(readdirSync(dir)).toEqual(['shards-circleci-api-v2.json']);
  }, 60_000);

  it.each([
    { given: 'a new key', existing: ['a'], write: [interaction('b')], want: ['a', 'b'] },
    {
      given: 'a key already there (replaced in place)',
      existing: ['a', 'b'],
      write: [interaction('a', 404)],
      want: ['a', 'b'],
    },
    { given: 'nothing new', existing: ['a'], write: [], want: ['a'] },
  ])('merges $given', async ({ existing, write, want }) => {
    const file = join(mkdtempSync(join(tmpdir(), 'pact-merge-')), 'p.json');
    await mergePactFile(file, { consumer: 'c', provider: 'p', interactions: existing.map((k) => interaction(k)) });
    const result = await mergePactFile(file, { consumer: 'c', provider: 'p', interactions: write });
    const pact = JSON.parse(readFileSync(file, 'utf8')) as PactFile;
    expect(pact.interactions.map((i) => i.key)).toEqual(want);
    expect(result.interactions).toBe(want.length);
    if (write[0]?.response.status === 404) expect((pact.interactions[0] as PactInteraction).response.status).toBe(404);
    expect(pact.metadata.pactSpecification.version).toBe('4.0');
  });

  it('refuses to merge into the pact of another pair, and times out on a live lock', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pact-merge-')), 'p.json');
    await mergePactFile(file, { consumer: 'c', provider: 'p', interactions: [] });
    await expect(mergePactFile(file, { consumer: 'other', provider: 'p', interactions: [] })).rejects.toMatchObject({
      code: 'BAD_PACT',
    });
    writeFileSync(`${file}.lock`, `${process.pid}\n${(await import('node:os')).hostname()}\n`);
    const error = await mergePactFile(
      file,
      { consumer: 'c', provider: 'p', interactions: [] },
      { timeoutMs: 50 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PactError);
    expect((error as PactError).code).toBe('LOCK_TIMEOUT');
    expect(existsSync(`${file}.lock`)).toBe(true);
  });
});
