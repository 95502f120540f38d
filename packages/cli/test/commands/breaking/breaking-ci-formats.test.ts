import { readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/index.ts';
import { captureIo } from '../../support/capture-io.ts';
import { folderWith, specWith } from '../../support/breaking-fixtures.ts';
import { runInProcess } from '../../support/run-breaking.ts';

const env = { XDG_CACHE_HOME: join(tmpdir(), 'circleci-kit-cli-test-cache') };

/** A spec with operations `GET /op-0` … `GET /op-{count - 1}`, and `GET /me` answering `properties`. */
function spec(count: number, properties: Record<string, unknown>): Record<string, unknown> {
  const base = specWith({ type: 'object', required: ['id'], properties });
  const paths = base['paths'] as Record<string, unknown>;
  for (let i = 0; i < count; i++) {
    paths[`/op-${i}`] = { get: { operationId: `op${i}`, responses: { '204': { description: 'ok' } } } };
  }
  return base;
}

// Old → new: 12 operations removed (errors), `id` string → integer (error), `name` (optional) removed (warn), `login` added (info).
const dir = folderWith({
  'specs/old.json': spec(12, { id: { type: 'string' }, name: { type: 'string' } }),
  'specs/new.json': spec(0, { id: { type: 'integer' }, login: { type: 'string' } }),
});
const oldSpec = join(dir, 'specs/old.json');
const newSpec = join(dir, 'specs/new.json');
const lineOf = (file: string, needle: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(needle)) + 1;

describe('breaking diff --format github', () => {
  it('annotates the spec files and lines, 10 per kind at most, and appends the whole table to $GITHUB_STEP_SUMMARY', async () => {
    const summary = join(folderWith({}), 'summary.md');
    writeFileSync(summary, '# an earlier step\n');
    const { code, out, err } = await runInProcess({ ...env, GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: dir }, [
      'diff',
      oldSpec,
      newSpec,
      '--format',
      'github',
    ]);
    expect(err).toBe('');
    expect(code).toBe(1);
    const lines = out.split('\n').filter(Boolean);
    expect(lines.filter((line) => line.startsWith('::error '))).toHaveLength(10);
    expect(lines).toContain(
      `::error file=specs/old.json,line=${lineOf(oldSpec, '"/op-0"') + 1},title=operation-removed::GET /op-0: GET /op-0 (op0) removed`,
    );
    expect(lines).toContain('::error title=breaking-changes::and 4 more errors: see the job summary');
    // The 14th error (the type change) is past the 10: only the summary has it.
    expect(out).not.toContain('response-property-type-changed');
    expect(lines).toContain(
      `::notice file=specs/new.json,line=${lineOf(newSpec, '"login": {')},title=response-property-added::GET /me: response 200 property \`login\` added`,
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^::warning file=specs/old.json,line=${lineOf(oldSpec, '"name": {')},title=response-optional-property-removed::`,
        ),
      ),
    );
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown.startsWith('# an earlier step\n### API changes: 13 breaking, 1 to check, 1 safe\n')).toBe(true);
    for (let i = 0; i < 12; i++) expect(markdown).toContain(`| 🔴 | \`operation-removed\` | \`GET /op-${i}\` |`);
    expect(markdown).toContain('| 🔴 | `response-property-type-changed` | `GET /me` |');
    expect(markdown).toContain('| 🟠 | `response-optional-property-removed` | `GET /me` |');
    expect(markdown).toContain('| ⚪ | `response-property-added` | `GET /me` |');
  });

  it.each([
    {
      given: 'relative paths, from the working directory',
      cwd: dir,
      argv: ['specs/old.json', 'specs/new.json'],
      want: 'specs/old.json',
    },
    {
      given: 'an absolute path inside the working directory',
      cwd: join(dir, 'specs'),
      argv: [oldSpec, '../specs/new.json'],
      want: 'old.json',
    },
    {
      given: 'a file outside the workspace',
      cwd: tmpdir(),
      argv: [oldSpec, newSpec],
      want: oldSpec.split(sep).join('/'),
      workspace: join(dir, 'specs', 'elsewhere'),
    },
  ])('names the spec file by $given', async ({ cwd, argv, want, workspace }) => {
    const io = captureIo({ env: { ...env, ...(workspace && { GITHUB_WORKSPACE: workspace }) }, cwd });
    expect(await main(['breaking', 'diff', ...argv, '--format', 'github'], io)).toBe(1);
    expect(io.out).toContain(`::error file=${want},line=${lineOf(oldSpec, '"/op-0"') + 1},title=operation-removed::`);
  });

  it('warns, but keeps its verdict, when the summary cannot be written', async () => {
    const { code, err } = await runInProcess({ ...env, GITHUB_STEP_SUMMARY: join(dir, 'no-such-dir', 'summary.md') }, [
      'diff',
      oldSpec,
      newSpec,
      '--format',
      'github',
    ]);
    expect(code).toBe(1);
    expect(err).toMatch(/warning: cannot write the job summary to \$GITHUB_STEP_SUMMARY .*summary\.md: ENOENT/);
  });
});

describe('breaking diff --format junit', () => {
  it.each([
    { given: 'error', want: { code: 1, failed: 13, passed: 2 } },
    { given: 'warn', want: { code: 1, failed: 14, passed: 1 } },
    { given: 'never', want: { code: 0, failed: 0, passed: 15 } },
  ])('--fail-on $given: a failed case per change at or above it', async ({ given, want }) => {
    const { code, out } = await runInProcess(env, ['diff', oldSpec, newSpec, '--format', 'junit', '--fail-on', given]);
    expect(code).toBe(want.code);
    expect(out).toContain(`<testsuite name="breaking-changes" tests="15" failures="${want.failed}"`);
    const cases = out.split('<testcase ').slice(1);
    const failed = cases.filter((c) => c.split('</testcase>')[0]!.includes('<failure'));
    expect(failed).toHaveLength(want.failed);
    expect(cases.length - failed.length).toBe(want.passed);
    if (given === 'error') {
      // Exactly the error-level changes fail.
      expect(failed.every((c) => c.includes('<system-out><![CDATA[error '))).toBe(true);
      expect(cases.filter((c) => c.includes('<system-out><![CDATA[error '))).toHaveLength(13);
    }
  });
});
