import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/index.ts';
import { captureIo } from '../../support/capture-io.ts';
import { CURRENT_SPEC, HISTORY_DIR, REPO_ROOT, tempDir, tempFile } from '../../support/fixtures.ts';

function withDuplicateId(): string {
  const document = JSON.parse(readFileSync(CURRENT_SPEC, 'utf8'));
  document.paths['/me'].get.operationId = 'getPipelineById';
  return tempFile('duplicate.json', document);
}

async function run(args: string[], env: Record<string, string> = {}) {
  const io = captureIo({ env: { XDG_CACHE_HOME: tempDir(), ...env }, cwd: REPO_ROOT });
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

/** The spec the repository's circleci-kit.config.json names: in `../shared`, which a clone may not have. */
const repositoryConfigSpec = resolve(
  REPO_ROOT,
  (JSON.parse(readFileSync(join(REPO_ROOT, 'circleci-kit.config.json'), 'utf8')) as { spec: string }).spec,
);

describe('circleci-kit spec info', () => {
  it.skipIf(!existsSync(repositoryConfigSpec))(
    'prints the summary of the spec named by the repository config (skipped without ../shared, where it points)',
    async () => {
      const { code, out } = await run(['spec', 'info']);
      expect(code).toBe(0);
      expect(out).toMatch(/^title: +CircleCI API$/m);
      expect(out).toMatch(/^operations: +110$/m);
      expect(out).toMatch(/^fingerprint: +[0-9a-f]{64}$/m);
      expect(out).toMatch(/\(from config\)/);
    },
  );

  it('prints JSON with exactly the documented keys', async () => {
    const { code, out } = await run(['spec', 'info', '--json', '--no-cache', '--spec', CURRENT_SPEC]);
    expect(code).toBe(0);
    const summary = JSON.parse(out);
    expect(Object.keys(summary)).toEqual([
      'title',
      'version',
      'openapi',
      'paths',
      'operations',
      'webhooks',
      'fingerprint',
    ]);
    expect(summary).toMatchObject({ title: 'CircleCI API', openapi: '3.0.3', operations: 110 });
  });

  it.each([
    { given: 'a missing file', args: ['--spec', 'no/such/openapi.json'], want: 2 },
    { given: 'an unknown flag', args: ['--frobnicate'], want: 2 },
    { given: 'a file that is not JSON', args: ['--spec', tempFile('bad.json', '{ "openapi": ')], want: 1 },
  ])('exits $want for $given', async ({ args, want }) => {
    const { code, err } = await run(['spec', 'info', ...args]);
    expect(code).toBe(want);
    expect(err).not.toBe('');
  });

  it('has an example in its help', async () => {
    const { code, out } = await run(['spec', 'info', '--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/Examples:\n {2}\$ circleci-kit spec info/);
  });
});

describe('circleci-kit spec validate', () => {
  it('exits 0 and says valid for the current spec', async () => {
    const { code, out } = await run(['spec', 'validate', '--json', '--spec', CURRENT_SPEC]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ valid: true, errors: [], warnings: [] });
  });

  it('exits 1 with every error, its code and pointer, for an invalid spec', async () => {
    const { code, out } = await run(['spec', 'validate', '--json', '--spec', withDuplicateId()]);
    expect(code).toBe(1);
    const result = JSON.parse(out);
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toEqual({
      code: 'DUPLICATE_OPERATION_ID',
      pointer: '/paths/~1pipeline~1{pipeline-id}/get/operationId',
      message: expect.stringContaining('getPipelineById'),
      line: null,
      column: null,
    });
  });

  it('reports the line and column of a parse error', async () => {
    const { code, out } = await run(['spec', 'validate', '--json', '--spec', tempFile('bad.json', '{\n  "a": }')]);
    expect(code).toBe(1);
    expect(JSON.parse(out).errors[0]).toMatchObject({ code: 'PARSE_JSON', line: 2, column: 8 });
  });

  it('exits 0 in lenient mode with the problems as warnings', async () => {
    const spec = `${HISTORY_DIR}circleci-v2-2020-07-20.json`;
    const strict = await run(['spec', 'validate', '--spec', spec]);
    expect(strict.code).toBe(1);
    expect(strict.out).toMatch(/^invalid: \d+ error\(s\)$/m);
    const lenient = await run(['spec', 'validate', '--lenient', '--json', '--spec', spec]);
    expect(lenient.code).toBe(0);
    const result = JSON.parse(lenient.out);
    expect(result.valid).toBe(true);
    expect(result.warnings.length).toBeGreaterThan(0);
    expect(result.warnings[0]).toMatchObject({
      code: 'INVALID_DOCUMENT',
      pointer: expect.stringMatching(/^\/paths\//),
    });
  });

  it('exits 2 for a missing file', async () => {
    expect((await run(['spec', 'validate', '--spec', 'missing.yaml'])).code).toBe(2);
  });
});

describe('circleci-kit spec ops', () => {
  it('lists every operation with method, path, operationId and tag', async () => {
    const { code, out } = await run(['spec', 'ops', '--json', '--spec', CURRENT_SPEC]);
    expect(code).toBe(0);
    const rows = JSON.parse(out);
    expect(rows).toHaveLength(110);
    expect(rows).toContainEqual({
      method: 'GET',
      path: '/me',
      operationId: 'getCurrentUser',
      tag: 'User',
      tags: ['User'],
    });
  });

  it('prints one aligned line per operation', async () => {
    const { code, out } = await run(['spec', 'ops', '--spec', CURRENT_SPEC]);
    expect(code).toBe(0);
    expect(out.trimEnd().split('\n')).toHaveLength(110);
    expect(out).toMatch(/^GET +\/me +getCurrentUser +User$/m);
  });
});
