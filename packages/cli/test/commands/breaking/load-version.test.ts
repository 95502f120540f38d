import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVersion } from '../../../src/commands/breaking/load-version.ts';
import { folderWith, specWith, user } from '../../support/breaking-fixtures.ts';
import { captureIo } from '../../support/capture-io.ts';

/** An io whose user cache is a fresh folder. */
function ioWithCache() {
  return captureIo({ env: { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'load-version-cache-')) } });
}

/** The properties of the one response schema of the fixture spec. */
function responseProperties(spec: Awaited<ReturnType<typeof loadVersion>>): string[] {
  const schema = spec.operations.get('getMe')?.responses['200']?.content['application/json']?.schema;
  return Object.keys(schema?.properties ?? {});
}

describe('loadVersion', () => {
  it('reads a spec from the cache the second time', async () => {
    const dir = folderWith({ 'openapi.json': specWith(user()) });
    const io = ioWithCache();
    expect((await loadVersion(io, join(dir, 'openapi.json'), true, 'old spec')).fromCache).toBe(false);
    expect((await loadVersion(io, join(dir, 'openapi.json'), true, 'old spec')).fromCache).toBe(true);
  });

  it('follows a $ref to another file, and never caches it: an edit in that file is seen', async () => {
    const dir = folderWith({ 'openapi.json': specWith({ $ref: './user.json' }), 'user.json': user() });
    const io = ioWithCache();
    const first = await loadVersion(io, join(dir, 'openapi.json'), true, 'new spec');
    expect(responseProperties(first)).toEqual(['id', 'login']);
    writeFileSync(join(dir, 'user.json'), JSON.stringify(user(false)));
    const second = await loadVersion(io, join(dir, 'openapi.json'), true, 'new spec');
    expect(second.fromCache).toBe(false);
    expect(responseProperties(second)).toEqual(['id']);
  });

  it('names the role and the file when a referenced file is missing', async () => {
    const dir = folderWith({ 'openapi.json': specWith({ $ref: './no-such-user.json' }) });
    await expect(loadVersion(ioWithCache(), join(dir, 'openapi.json'), true, 'old spec')).rejects.toThrow(
      /old spec.*no-such-user\.json/s,
    );
  });
});
