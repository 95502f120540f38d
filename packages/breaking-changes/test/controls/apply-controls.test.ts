import { describe, expect, it } from 'vitest';
import {
  applyIgnore,
  applySeverity,
  breakingReport,
  changeKey,
  meetsFailOn,
  parseIgnore,
  type Change,
  type FailOn,
  type SeverityLevel,
} from '../../src/index.js';

const pointer = '/paths/~1pipeline~1{pipeline-id}/get/responses/200/content/application~1json/schema/properties/vcs';
/** A change of rule `id` on `GET /pipeline/{pipeline-id}`, at `pointer` in the old document. */
function change(id: string, level: Change['level'], at = pointer): Change {
  return {
    id,
    level,
    direction: 'response',
    operation: { method: 'GET', path: '/pipeline/{pipeline-id}', operationId: 'getPipelineById' },
    old: at,
    new: null,
    message: `${id} at ${at}`,
    subjects: ['vcs'],
  };
}
const ids = ['response-property-removed', 'operation-tags-changed'];
const removed = change('response-property-removed', 'error');
const tags = change('operation-tags-changed', 'info', '/paths/~1pipeline~1{pipeline-id}/get/tags');

describe('changeKey', () => {
  it('is rule id, method, route and the old pointer (else the new one)', () => {
    expect(changeKey(removed)).toBe(`response-property-removed GET /pipeline/{pipeline-id} ${pointer}`);
    expect(changeKey({ ...removed, old: null, new: '/paths/x' })).toBe(
      'response-property-removed GET /pipeline/{pipeline-id} /paths/x',
    );
  });
});

describe('applySeverity with --fail-on', () => {
  // change levels: one error (response-property-removed), one info (operation-tags-changed).
  it.each<{ overrides: Array<[string, SeverityLevel]>; failOn: FailOn; levels: string[]; fails: boolean }>([
    { overrides: [], failOn: 'error', levels: ['error', 'info'], fails: true },
    { overrides: [['response-property-removed', 'warn']], failOn: 'error', levels: ['warn', 'info'], fails: false },
    { overrides: [['response-property-removed', 'warn']], failOn: 'warn', levels: ['warn', 'info'], fails: true },
    { overrides: [['response-property-removed', 'info']], failOn: 'warn', levels: ['info', 'info'], fails: false },
    { overrides: [['response-property-removed', 'off']], failOn: 'warn', levels: ['info'], fails: false },
    { overrides: [['operation-tags-changed', 'error']], failOn: 'error', levels: ['error', 'error'], fails: true },
    {
      overrides: [
        ['response-property-removed', 'off'],
        ['operation-tags-changed', 'warn'],
      ],
      failOn: 'error',
      levels: ['warn'],
      fails: false,
    },
  ])('$overrides, --fail-on $failOn → $levels, fails: $fails', ({ overrides, failOn, levels, fails }) => {
    const changes = applySeverity([removed, tags], new Map(overrides));
    expect(changes.map((c) => c.level)).toEqual(levels);
    expect(meetsFailOn(changes, failOn)).toBe(fails);
  });

  it('leaves its input as it was', () => {
    applySeverity([removed], new Map([['response-property-removed', 'info']]));
    expect(removed.level).toBe('error');
  });
});

describe('applyIgnore', () => {
  const today = '2026-12-06';
  it.each([
    { given: 'rule + method + path', line: 'response-property-removed GET /pipeline/{pipeline-id}', ignored: true },
    { given: 'another parameter name', line: 'response-property-removed GET /pipeline/{id}', ignored: true },
    { given: 'a lower-case method', line: 'response-property-removed get /pipeline/{pipeline-id}', ignored: true },
    {
      given: 'the stable key',
      line: `response-property-removed GET /pipeline/{pipeline-id} ${pointer}`,
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
    const entries = parseIgnore(`# known\n${line}\n`, 'ignore.txt', ids);
    const result = applyIgnore([removed], entries, today);
    expect(result.changes[0]!.ignored === true).toBe(ignored);
    if (ignored) expect(result.changes[0]!.ignoredBy).toEqual({ file: 'ignore.txt', line: 2, text: line });
  });

  it('reports an expired line, which ignores nothing', () => {
    const entries = parseIgnore('response-property-removed GET /pipeline/{id} until 2020-01-01', 'ignore.txt', ids);
    const { changes, expired } = applyIgnore([removed], entries, today);
    expect(expired.map((entry) => [entry.line, entry.until])).toEqual([[1, '2020-01-01']]);
    expect(changes[0]).toBe(removed);
    expect(meetsFailOn(changes, 'error')).toBe(true);
  });

  it('keeps ignored changes in the report, counted apart and never failing', () => {
    const entries = parseIgnore('response-property-removed GET /pipeline/{id}', 'ignore.txt', ids);
    const { changes } = applyIgnore([removed, tags], entries, today);
    const report = breakingReport(changes);
    expect(report.changes).toHaveLength(2);
    expect(report.changes[0]).toMatchObject({ ignored: true, ignoredBy: { line: 1 } });
    expect(report.changes[1]!.ignored).toBeUndefined();
    expect(report.summary).toEqual({ error: 0, warn: 0, info: 1, ignored: 1 });
    expect(meetsFailOn(report.changes, 'warn')).toBe(false);
  });

  it('leaves the summary without "ignored" when nothing is ignored', () => {
    expect(breakingReport([removed]).summary).toEqual({ error: 1, warn: 0, info: 0 });
  });
});
