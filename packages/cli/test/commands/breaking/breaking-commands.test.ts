import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/index.ts';
import { captureIo } from '../../support/capture-io.ts';
import { BREAKING_LOG as log, BREAKING_LOG_HISTORY, HISTORY_DIR } from '../../support/fixtures.ts';

const version = (date: string) => join(HISTORY_DIR, `circleci-v2-${date}.json`);
const env = { XDG_CACHE_HOME: join(tmpdir(), 'circleci-kit-cli-test-cache') };
/** A log whose one bullet nests lists 300 levels deep, by indentation. */
const deepLog = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'breaking-deep-log-'));
  const text = `## Dec 9, 2019\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(2 * i)}- x`).join('\n')}\n`;
  writeFileSync(join(dir, 'deep.md'), text);
  mkdirSync(join(dir, 'history'));
  writeFileSync(join(dir, 'history', 'breaking-2019-12-09.md'), text);
  return dir;
})();

async function run(...argv: string[]) {
  const io = captureIo({ env });
  const code = await main(['breaking', ...argv], io);
  return { code, out: io.out, err: io.err };
}

describe('breaking diff', () => {
  it.each([
    { given: 'a warning only, --fail-on error', flags: [], want: 0 },
    { given: 'a warning only, --fail-on warn', flags: ['--fail-on', 'warn'], want: 1 },
    { given: 'a warning only, --fail-on never', flags: ['--fail-on', 'never'], want: 0 },
  ])('$given → exit $want', async ({ flags, want }) => {
    const { code } = await run('diff', version('2019-12-02'), version('2019-12-06'), ...flags);
    expect(code).toBe(want);
  });

  it('exits 1 on an error (2019-11-06 → 2019-11-06b: 202 became 201)', async () => {
    const { code, out } = await run('diff', version('2019-11-06'), version('2019-11-06b'));
    expect(code).toBe(1);
    expect(out).toContain(
      'success-status-changed  POST /project/{project-slug}/pipeline: success status changed from 202 to 201',
    );
  });

  it('prints the documented JSON with log verdicts', async () => {
    const { code, out } = await run(
      'diff',
      version('2019-12-02'),
      version('2019-12-06'),
      '--log',
      log,
      '--release-date',
      '2019-12-06',
      '--format',
      'json',
    );
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(Object.keys(report.log)).toEqual([
      'checked',
      'announced',
      'announced-late',
      'early',
      'unannounced',
      'not-seen',
    ]);
    expect(report.changes.map((c: { id: string }) => c.id)).toEqual(['response-optional-property-removed']);
    expect(report.log.early[0].reason).toBe('the log named 2019-12-09 for it, after the release on 2019-12-06');
    expect(report.log.early[0].matches[0].evidence).toContainEqual({ entry: 'workflow', change: 'workflows' });
  });

  it.each([
    { format: 'markdown', want: '### API changes: 0 breaking, 1 to check, 0 safe' },
    { format: 'junit', want: '<testsuites name="breaking-changes" tests="1" failures="0"' },
    { format: 'github', want: 'title=response-optional-property-removed::GET /pipeline/{pipeline-id}: response 200' },
  ])('--format $format', async ({ format, want }) => {
    const { out } = await run('diff', version('2019-12-02'), version('2019-12-06'), '--format', format);
    expect(out).toContain(want);
  });

  it.each([
    { given: 'a bad --release-date', argv: ['--release-date', '2019-13-45'], want: /--release-date must be a day/ },
    { given: 'a bad --lead-days', argv: ['--lead-days', 'soon'], want: /--lead-days must be a whole number/ },
    { given: 'a missing --log file', argv: ['--log', 'no-such-log.md'], want: /cannot read --log no-such-log.md/ },
    {
      given: 'a --log nested hundreds deep',
      argv: ['--log', join(deepLog, 'deep.md')],
      want: /--log .*deep\.md: line 66 nests lists or quotes about 65 levels deep/,
    },
  ])('exits 2 for $given', async ({ argv, want }) => {
    const { code, err } = await run('diff', version('2019-12-02'), version('2019-12-06'), ...argv);
    expect(code).toBe(2);
    expect(err).toMatch(want);
  });

  it('exits 2 for a missing spec file', async () => {
    const { code, err } = await run('diff', 'no-such-old.json', version('2019-12-06'));
    expect(code).toBe(2);
    expect(err).toContain('no-such-old.json');
  });

  it('has --help with examples', async () => {
    const { code, out } = await run('diff', '--help');
    expect(code).toBe(0);
    expect(out).toContain('$ circleci-kit breaking diff old.json new.json --log breaking.md');
  });
});

describe('breaking history', () => {
  // A folder of links to the late-2019 versions: ordered by file name (no INDEX.tsv).
  const dir = mkdtempSync(join(tmpdir(), 'breaking-history-'));
  for (const date of ['2019-11-06', '2019-11-06b', '2019-11-08', '2019-11-11', '2019-12-02', '2019-12-06']) {
    symlinkSync(version(date), join(dir, `circleci-v2-${date}.json`));
  }

  it('prints a timeline checked against the log as published at each date', async () => {
    const { code, out } = await run('history', dir, '--log-history', BREAKING_LOG_HISTORY);
    expect(code).toBe(0);
    await expect(out).toMatchFileSnapshot('./__snapshots__/history-late-2019.txt.snap');
  });

  it('exits 2 naming the revision when one in --log-history nests hundreds deep', async () => {
    const { code, err } = await run('history', dir, '--log-history', join(deepLog, 'history'));
    expect(code).toBe(2);
    expect(err).toMatch(/--log-history .*: breaking-2019-12-09\.md: line 66 nests lists/);
  });

  it('exits 2 when both --log and --log-history are given', async () => {
    const { code, err } = await run('history', dir, '--log', log, '--log-history', dir);
    expect(code).toBe(2);
    expect(err).toContain('not both');
  });

  it('has --help with examples', async () => {
    const { out } = await run('history', '--help');
    expect(out).toContain('$ circleci-kit breaking history ../shared/specs/history --log-history');
  });
});
