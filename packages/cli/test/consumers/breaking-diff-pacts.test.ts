import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/index.ts';
import { folderWith } from '../support/breaking-fixtures.ts';
import { captureIo } from '../support/capture-io.ts';
import { runInProcess } from '../support/run-breaking.ts';
import { specDocument, type SpecChanges } from './consumer-specs.ts';
import { cliPact, rule, WEB } from './pacts.ts';

const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'breaking-pacts-cache-')) };

/** A folder with `old.json`, `new.json` (with `changes`) and the pacts of `web` and `cli` under `pacts/`. */
function project(changes: SpecChanges): string {
  return folderWith({
    'old.json': specDocument(),
    'new.json': specDocument(changes),
    'pacts/web.json': WEB.pact,
    'pacts/cli.json': cliPact(rule({ match: 'type' })).pact,
  });
}

describe('breaking diff --pacts', () => {
  it('adds consumers to each change, the findings and a summary to the JSON', async () => {
    const dir = project({ dropLogin: true });
    const run = await runInProcess(env, [
      'diff',
      join(dir, 'old.json'),
      join(dir, 'new.json'),
      '--pacts',
      join(dir, 'pacts'),
      '--json',
    ]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.out) as Record<string, unknown>;
    expect(report).toMatchObject({
      changes: [{ id: 'response-required-property-removed', consumers: ['web'], interactions: ['get me'] }],
      consumerFindings: [{ consumer: 'web', interaction: 'get me', rules: ['response-required-property-removed'] }],
      consumers: [
        { consumer: 'cli', status: 'safe' },
        { consumer: 'web', status: 'broken' },
      ],
    });
  });

  it('names the consumers of each change in the text, or none', async () => {
    const dir = project({ dropWidgets: true });
    const run = await runInProcess(env, [
      'diff',
      join(dir, 'old.json'),
      join(dir, 'new.json'),
      '--pacts',
      join(dir, 'pacts'),
    ]);
    expect(run.out).toContain('operation-removed  DELETE /widgets/{id}: no known consumer');
    expect(run.out).toContain('  cli: safe\n  web: safe\n');
  });

  it('adds a consumers column and the consumer sections to the Markdown', async () => {
    const dir = project({ dropLogin: true, dropWidgets: true });
    const argv = ['diff', join(dir, 'old.json'), join(dir, 'new.json'), '--pacts', join(dir, 'pacts')];
    const run = await runInProcess(env, [...argv, '--format', 'markdown']);
    const rows = run.out.split('\n');
    expect(rows).toContain('| | rule | operation | change | consumers |');
    expect(rows.find((row) => row.includes('`response-required-property-removed`'))).toMatch(
      / \*\*web\*\*: get me \|$/,
    );
    expect(rows.find((row) => row.includes('`operation-removed`'))).toMatch(/ none known \|$/);
    expect(rows).toContain('| **cli** | 🟢 safe |  |  |');
    expect(rows).toContain('| **web** | 🔴 broken | `response-required-property-removed` | get me |');
    expect(rows.find((row) => row.startsWith('| **web** | get me |'))).toMatch(
      /login.* \| `response-required-property-removed` \|$/,
    );
  });

  it('appends the Markdown with its consumers to the GitHub step summary', async () => {
    const dir = project({ dropLogin: true });
    const summary = join(dir, 'summary.md');
    const io = captureIo({ env: { ...env, GITHUB_STEP_SUMMARY: summary }, cwd: dir });
    await main(['breaking', 'diff', 'old.json', 'new.json', '--pacts', 'pacts', '--format', 'github'], io);
    const written = readFileSync(summary, 'utf8');
    expect(written).toContain('| consumers |');
    expect(written).toContain('#### Consumers');
  });

  it.each([
    { given: 'a break no consumer calls', changes: { dropWidgets: true }, plain: 1, consumers: 0 },
    { given: 'a break that reaches a consumer', changes: { dropLogin: true }, plain: 1, consumers: 1 },
    { given: 'a safe change that breaks an interaction', changes: { idPattern: '^p-[0-9]+$' }, plain: 0, consumers: 1 },
  ])('$given: exit $plain, with --fail-on-consumers $consumers', async ({ changes, plain, consumers }) => {
    const dir = project(changes);
    const argv = ['diff', join(dir, 'old.json'), join(dir, 'new.json'), '--pacts', join(dir, 'pacts')];
    expect((await runInProcess(env, argv)).code).toBe(plain);
    expect((await runInProcess(env, [...argv, '--fail-on-consumers'])).code).toBe(consumers);
  });

  it('refuses --fail-on-consumers without --pacts', async () => {
    const dir = project({});
    const run = await runInProcess(env, ['diff', join(dir, 'old.json'), join(dir, 'new.json'), '--fail-on-consumers']);
    expect(run.code).toBe(2);
    expect(run.err).toContain('--fail-on-consumers needs --pacts');
  });

  it('reads breaking.pacts from the config, relative to it', async () => {
    const dir = folderWith({
      'old.json': specDocument(),
      'new.json': specDocument({ dropWidgets: true }),
      'contracts/web.json': WEB.pact,
      'circleci-kit.config.json': { breaking: { pacts: 'contracts' } },
    });
    const io = captureIo({ env, cwd: dir });
    const code = await main(['breaking', 'diff', 'old.json', 'new.json', '--fail-on-consumers'], io);
    expect(io.out).toContain('  web: safe\n');
    expect(code).toBe(0);
  });
});
