import { describe, expect, it } from 'vitest';
import { applyIgnore, breakingReport, meetsFailOn, parseIgnore } from '../../src/index.ts';
import { RULE_IDS, tagsChanged, VCS_POINTER, vcsRemoved, webhookRemoved } from '../support/sample-changes.ts';

describe('applyIgnore', () => {
  const today = '2026-12-06';
  it.each([
    { given: 'webhook:name', line: 'webhook-removed POST webhook:/jobDone', ignored: true },
    { given: 'its stable key', line: 'webhook-removed POST webhook:/jobDone /webhooks/~1jobDone/post', ignored: true },
    { given: 'a route of the same name', line: 'webhook-removed POST /jobDone', ignored: false },
    { given: 'another webhook', line: 'webhook-removed POST webhook:/jobStarted', ignored: false },
  ])('a webhook change, by $given → ignored: $ignored', ({ line, ignored }) => {
    const entries = parseIgnore(line, 'ignore.txt', ['webhook-removed']);
    expect(applyIgnore([webhookRemoved], entries, today).changes[0]!.ignored === true).toBe(ignored);
  });

  it.each([
    { given: 'rule + method + path', line: 'response-property-removed GET /pipeline/{pipeline-id}', ignored: true },
    { given: 'another parameter name', line: 'response-property-removed GET /pipeline/{id}', ignored: true },
    { given: 'a lower-case method', line: 'response-property-removed get /pipeline/{pipeline-id}', ignored: true },
    {
      given: 'the stable key',
      line: `response-property-removed GET /pipeline/{pipeline-id} ${VCS_POINTER}`,
      ignored: true,
    },
    {
      given: 'another pointer',
      line: 'response-property-removed GET /pipeline/{pipeline-id} /paths/other',
      ignored: false,
    },
    { given: 'another rule', line: 'operation-tags-changed GET /pipeline/{pipeline-id}', ignored: false },
    { given: 'another method', line: 'response-property-removed POST /pipeline/{pipeline-id}', ignored: false },
    { given: 'another path', line: 'response-property-removed GET /pipeline', ignored: false },
    {
      given: 'until today (inclusive)',
      line: `response-property-removed GET /pipeline/{id} until ${today}`,
      ignored: true,
    },
    { given: 'until tomorrow', line: 'response-property-removed GET /pipeline/{id} until 2026-12-07', ignored: true },
    {
      given: 'until yesterday (expired)',
      line: 'response-property-removed GET /pipeline/{id} until 2026-12-05',
      ignored: false,
    },
  ])('$given → ignored: $ignored', ({ line, ignored }) => {
    const entries = parseIgnore(`# known\n${line}\n`, 'ignore.txt', RULE_IDS);
    const result = applyIgnore([vcsRemoved], entries, today);
    expect(result.changes[0]!.ignored === true).toBe(ignored);
    if (ignored) expect(result.changes[0]!.ignoredBy).toEqual({ file: 'ignore.txt', line: 2, text: line });
  });

  it('reports an expired line, which ignores nothing', () => {
    const entries = parseIgnore(
      'response-property-removed GET /pipeline/{id} until 2020-01-01',
      'ignore.txt',
      RULE_IDS,
    );
    const { changes, expired } = applyIgnore([vcsRemoved], entries, today);
    expect(expired.map((entry) => [entry.line, entry.until])).toEqual([[1, '2020-01-01']]);
    expect(changes[0]).toBe(vcsRemoved);
    expect(meetsFailOn(changes, 'error')).toBe(true);
  });

  it('keeps ignored changes in the report, counted apart and never failing', () => {
    const entries = parseIgnore('response-property-removed GET /pipeline/{id}', 'ignore.txt', RULE_IDS);
    const { changes } = applyIgnore([vcsRemoved, tagsChanged], entries, today);
    const report = breakingReport(changes);
    expect(report.changes).toHaveLength(2);
    expect(report.changes[0]).toMatchObject({ ignored: true, ignoredBy: { line: 1 } });
    expect(report.changes[1]!.ignored).toBeUndefined();
    expect(report.summary).toEqual({ error: 0, warn: 0, info: 1, ignored: 1 });
    expect(meetsFailOn(report.changes, 'warn')).toBe(false);
  });

  it('leaves the summary without "ignored" when nothing is ignored', () => {
    expect(breakingReport([vcsRemoved]).summary).toEqual({ error: 1, warn: 0, info: 0 });
  });
});
