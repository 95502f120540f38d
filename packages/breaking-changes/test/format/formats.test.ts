import { describe, expect, it } from 'vitest';
import {
  breakingReport,
  checkAgainstLog,
  diffSpecs,
  formatGithub,
  formatJunit,
  formatMarkdown,
  formatText,
  meetsFailOn,
  parseLog,
} from '../../src/index.ts';
import { obj, spec } from '../support/build-spec.ts';

const old = spec(
  {
    path: '/pipeline/{pipeline-id}',
    operationId: 'getPipelineById',
    summary: 'Get a pipeline',
    responses: { '200': { content: { 'application/json': obj({ id: 'string', workflows: 'array' }, ['id']) } } },
  },
  { path: '/me', operationId: 'getCurrentUser' },
);
const next = spec({
  path: '/pipeline/{id}',
  operationId: 'getPipelineById',
  summary: 'Get a pipeline',
  responses: { '200': { content: { 'application/json': obj({ id: 'string', number: 'integer' }, ['id']) } } },
});
const changes = diffSpecs(old, next);
const log = await parseLog(
  '# Breaking Changes\n\n## Dec 9, 2019\nThe `workflow` key in `GET /pipeline/{pipeline-id}` <is> "now" deleted\n',
);
const report = breakingReport(changes, checkAgainstLog(changes, log, { releaseDate: '2019-12-17' }));

describe('output formats', () => {
  it('text', async () => {
    await expect(formatText(report)).toMatchFileSnapshot('./__snapshots__/report.txt.snap');
  });
  it('markdown for a pull-request comment', async () => {
    await expect(formatMarkdown(report)).toMatchFileSnapshot('./__snapshots__/report.md.snap');
  });
  it('markdown with a column added to each change table, its cells escaped', () => {
    const markdown = formatMarkdown(report, { columns: [{ header: 'who', cell: (change) => `${change.id} | x` }] });
    const rows = markdown.split('\n').filter((line) => line.startsWith('|'));
    expect(rows[0]).toBe('| | rule | operation | change | who |');
    expect(rows[1]).toBe('|---|---|---|---|---|');
    const body = rows.filter((row) => row.startsWith('| 🔴') || row.startsWith('| 🟠') || row.startsWith('| ⚪'));
    expect(body).toHaveLength(report.changes.length);
    for (const [index, change] of report.changes.entries()) {
      expect(
        body.some((row) => row.endsWith(` ${change.id} \\| x |`)),
        String(index),
      ).toBe(true);
    }
  });
  it('junit', async () => {
    const xml = await formatJunit(report, 'error');
    expect(xml).toMatch(/<testsuites name="breaking-changes" tests="3" failures="1"/);
    await expect(xml).toMatchFileSnapshot('./__snapshots__/report.xml.snap');
  });
  it('junit escapes markup and drops characters XML cannot hold', async () => {
    const [first] = report.changes;
    const odd = { ...first!, message: 'a <b> & "c" ]]> d\u0007' };
    const xml = await formatJunit(breakingReport([odd]), 'error');
    expect(xml).toContain('<![CDATA[error operation-removed: a <b> & "c" ]]]]><![CDATA[> d]]>');
    expect(xml).toContain('<failure message="a &lt;b> &amp; &quot;c&quot; ]]> d" type="operation-removed">');
    expect(xml).not.toContain('\u0007');
  });
  it('github annotations', () => {
    expect(formatGithub(report).split('\n')[0]).toBe(
      '::error title=operation-removed::GET /me: GET /me (getCurrentUser) removed',
    );
  });
});

describe('meetsFailOn', () => {
  it.each([
    { given: 'error', levels: ['warn', 'info'], want: false },
    { given: 'error', levels: ['error'], want: true },
    { given: 'warn', levels: ['warn'], want: true },
    { given: 'warn', levels: ['info'], want: false },
    { given: 'never', levels: ['error'], want: false },
  ] as const)('--fail-on $given with $levels → $want', ({ given, levels, want }) => {
    expect(
      meetsFailOn(
        levels.map((level) => ({ ...changes[0]!, level })),
        given,
      ),
    ).toBe(want);
  });
});
