import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/index.ts';
import { captureIo } from '../../support/capture-io.ts';
import { folderWith, specWith, user } from '../../support/breaking-fixtures.ts';
import { BREAKING_LOG as log, HISTORY_DIR } from '../../support/fixtures.ts';

const version = (date: string) => join(HISTORY_DIR, `circleci-v2-${date}.json`);
const env = { XDG_CACHE_HOME: join(tmpdir(), 'circleci-kit-cli-test-cache') };
const rule = 'response-required-property-removed';
const pointer = '/paths/~1me/get/responses/200/content/application~1json/schema/properties/login';

/** A folder holding `old.json` → `new.json` (one error: `login` removed from `GET /me`) and `files`. */
function folder(files: Record<string, unknown> = {}): string {
  return folderWith({ 'old.json': specWith(user()), 'new.json': specWith(user(false)), ...files });
}

async function run(cwd: string, ...argv: string[]) {
  const io = captureIo({ env, cwd });
  const code = await main(['breaking', 'diff', ...argv], io);
  return { code, out: io.out, err: io.err };
}

describe('breaking diff --severity', () => {
  it.each([
    { file: '', failOn: 'error', want: 1 },
    { file: `${rule}: warn`, failOn: 'error', want: 0 },
    { file: `${rule}: warn`, failOn: 'warn', want: 1 },
    { file: `${rule}: info`, failOn: 'warn', want: 0 },
    { file: `${rule}: off`, failOn: 'warn', want: 0 },
    { file: `# stricter\n${rule}: error`, failOn: 'error', want: 1 },
  ])('"$file", --fail-on $failOn → exit $want', async ({ file, failOn, want }) => {
    const dir = folder({ 'severity.txt': file });
    const { code } = await run(dir, 'old.json', 'new.json', '--severity', 'severity.txt', '--fail-on', failOn);
    expect(code).toBe(want);
  });

  it('applies the level to the JSON output, and "off" drops the change', async () => {
    const warn = await run(folder({ s: `${rule}: warn` }), 'old.json', 'new.json', '--severity', 's', '--json');
    expect(JSON.parse(warn.out).changes.map((c: { level: string }) => c.level)).toEqual(['warn']);
    const off = await run(folder({ s: `${rule}: off` }), 'old.json', 'new.json', '--severity', 's', '--json');
    expect(JSON.parse(off.out).changes).toEqual([]);
  });

  it('reads breaking.severity from the config, relative to it', async () => {
    const dir = folder({
      'ci/severity.txt': `${rule}: warn`,
      'circleci-kit.config.json': { breaking: { severity: 'ci/severity.txt' } },
    });
    expect((await run(dir, 'old.json', 'new.json')).code).toBe(0);
  });

  it.each([
    { file: '# x\nno-such-rule: warn', problem: 'severity.txt:2: unknown rule "no-such-rule"' },
    { file: `${rule}: fatal`, problem: 'severity.txt:1: level must be error, warn, info or off, got "fatal"' },
  ])('refuses "$file" with exit 2 naming the line', async ({ file, problem }) => {
    const { code, err } = await run(
      folder({ 'severity.txt': file }),
      'old.json',
      'new.json',
      '--severity',
      'severity.txt',
    );
    expect(code).toBe(2);
    expect(err).toContain(`--severity ${problem}`);
  });

  it('exits 2 when the file cannot be read', async () => {
    const { code, err } = await run(folder(), 'old.json', 'new.json', '--severity', 'missing.txt');
    expect(code).toBe(2);
    expect(err).toContain('cannot read --severity missing.txt');
  });
});

describe('breaking diff --ignore', () => {
  it.each([
    { given: 'rule, method and path', line: `${rule} GET /me` },
    { given: 'the stable key', line: `${rule} GET /me ${pointer}` },
    { given: 'an expiry far ahead', line: `${rule} GET /me until 2999-12-31` },
  ])('$given: marks the change in JSON and exits 0', async ({ line }) => {
    const dir = folder({ ignore: `# known\n${line}\n` });
    const { code, out } = await run(dir, 'old.json', 'new.json', '--ignore', 'ignore', '--json', '--fail-on', 'warn');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.changes[0]).toMatchObject({
      id: rule,
      ignored: true,
      ignoredBy: { file: 'ignore', line: 2, text: line },
    });
    expect(report.summary).toEqual({ error: 0, warn: 0, info: 0, ignored: 1 });
  });

  it('counts ignored changes in text and Markdown', async () => {
    const dir = folder({ ignore: `${rule} GET /me` });
    const text = await run(dir, 'old.json', 'new.json', '--ignore', 'ignore');
    expect(text.out).toContain('(ignored: ignore:1)');
    expect(text.out).toContain('0 error(s), 0 warning(s), 0 info, 1 ignored');
    const markdown = await run(dir, 'old.json', 'new.json', '--ignore', 'ignore', '--format', 'markdown');
    expect(markdown.out).toContain('### API changes: 0 breaking, 0 to check, 0 safe, 1 ignored');
    expect(markdown.out).toContain('No breaking changes.');
  });

  it('does not ignore another route or another pointer', async () => {
    const dir = folder({ ignore: `${rule} GET /you\n${rule} GET /me /paths/~1me/get/other` });
    const { code, out } = await run(dir, 'old.json', 'new.json', '--ignore', 'ignore', '--json');
    expect(code).toBe(1);
    expect(JSON.parse(out).changes[0].ignored).toBeUndefined();
  });

  it('reports an expired line on stderr; it no longer ignores', async () => {
    const dir = folder({ ignore: `\n${rule} GET /me until 2020-01-01` });
    const { code, err } = await run(dir, 'old.json', 'new.json', '--ignore', 'ignore');
    expect(code).toBe(1);
    expect(err).toContain(
      `warning: --ignore ignore:2: expired on 2020-01-01, no longer ignores: ${rule} GET /me until 2020-01-01`,
    );
  });

  it('reads breaking.ignore from the config', async () => {
    const dir = folder({ known: `${rule} GET /me`, 'circleci-kit.config.json': { breaking: { ignore: 'known' } } });
    expect((await run(dir, 'old.json', 'new.json')).code).toBe(0);
  });

  it.each([
    { file: `${rule} GET`, problem: 'ignore:1: expected "rule-id METHOD /path [pointer] [until YYYY-MM-DD]"' },
    { file: `\n\n${rule} GET /me until tomorrow`, problem: 'ignore:3: "until" needs a day written YYYY-MM-DD' },
    { file: 'no-such-rule GET /me', problem: 'ignore:1: unknown rule "no-such-rule"' },
  ])('refuses "$file" with exit 2 naming the line', async ({ file, problem }) => {
    const { code, err } = await run(folder({ ignore: file }), 'old.json', 'new.json', '--ignore', 'ignore');
    expect(code).toBe(2);
    expect(err).toContain(`--ignore ${problem}`);
  });
});

describe('breaking diff not-seen window (real log, 2019-10-15 → 2019-10-16)', () => {
  const notSeen = async (...flags: string[]) => {
    const { code, out } = await run(
      process.cwd(),
      version('2019-10-15'),
      version('2019-10-16'),
      '--log',
      log,
      '--release-date',
      '2019-10-16',
      '--json',
      ...flags,
    );
    expect(code).toBe(1);
    return (JSON.parse(out).log['not-seen'] as Array<{ line: number; date: string }>).map((e) => `${e.line} ${e.date}`);
  };

  it('lists nothing by default: every unmatched entry is dated after 2019-10-16', async () => {
    expect(await notSeen()).toEqual([]);
  });

  it('lists every entry with --all-not-seen, Dec 9 included', async () => {
    const all = await notSeen('--all-not-seen');
    expect(all).toContain('4 2019-12-09');
    expect(all).toHaveLength(15);
  });

  it.each([
    { flags: ['--lead-days', '1'], want: ['21 2019-10-17'] },
    { flags: ['--lead-days', '1', '--since', '2019-10-17'], want: ['21 2019-10-17'] },
    {
      flags: ['--lead-days', '7', '--since', '2019-10-18'],
      want: ['68', '115', '116', '121', '122', '127', '129'].map((l) => `${l} 2019-10-23`),
    },
  ])('$flags → $want', async ({ flags, want }) => {
    expect(await notSeen(...flags)).toEqual(want);
  });

  it('refuses a --since that is not a day (exit 2)', async () => {
    const { code, err } = await run(
      process.cwd(),
      version('2019-10-15'),
      version('2019-10-16'),
      '--since',
      '2019-13-01',
    );
    expect(code).toBe(2);
    expect(err).toContain('--since must be a day written YYYY-MM-DD');
  });
});
