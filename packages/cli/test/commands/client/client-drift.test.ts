import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/index.ts';
import { captureIo } from '../../support/capture-io.ts';
import { CURRENT_SPEC } from '../../support/fixtures.ts';

async function run(args: string[]) {
  const io = captureIo({ env: { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'drift-cache-')) } });
  const code = await main(['client', 'drift', '--no-cache', ...args], io);
  return { code, out: io.out, err: io.err };
}

describe('circleci-kit client drift', () => {
  it('exits 0 against the spec the client was generated from', async () => {
    const { code, out } = await run(['--spec', CURRENT_SPEC]);
    expect(code).toBe(0);
    expect(out).toMatch(/in sync: every operation matches\n$/);
  });

  it('lists what changed and exits 1, in text and JSON', async () => {
    const document = JSON.parse(readFileSync(CURRENT_SPEC, 'utf8'));
    delete document.paths['/me'];
    document.paths['/project/{project-slug}/pipeline'].post.deprecated = true;
    const path = join(mkdtempSync(join(tmpdir(), 'drift-')), 'openapi.json');
    writeFileSync(path, JSON.stringify(document));
    const text = await run(['--spec', path]);
    expect(text.code).toBe(1);
    expect(text.out).toContain(
      '- getCurrentUser: in the client, not in the spec\n~ triggerPipeline\n    deprecated: false → true\n',
    );
    expect(text.out).toMatch(/0 added, 1 removed, 1 changed\n$/);
    const json = await run(['--spec', path, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ inSync: false, removed: ['getCurrentUser'], added: [] });
  });

  it('exits 2 for a missing spec file and has an example in its help', async () => {
    expect((await run(['--spec', 'no/such.json'])).code).toBe(2);
    const io = captureIo();
    expect(await main(['client', 'drift', '--help'], io)).toBe(0);
    expect(io.out).toContain('$ circleci-kit client drift');
  });
});
