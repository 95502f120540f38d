import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import { describe, expect, it } from 'vitest';
import { checkLogNesting, LogError, MAX_LOG_NESTING, parseLog } from '../../src/index.ts';

const fixture = readFileSync(locateFixture('fixtures/breaking-log/breaking.md'), 'utf8');

const log = await parseLog(fixture);

describe('parseLog on the published log', () => {
  const at = (line: number) => log.entries.find((entry) => entry.line === line);

  it.each([
    {
      given: 'Dec 9 deletion',
      line: 4,
      want: {
        date: '2019-12-09',
        section: 'released',
        routes: ['GET /pipeline/{}'],
        fields: ['workflow'],
        mentionedDates: [],
      },
    },
    {
      given: 'Nov 21 deprecation with a future date',
      line: 10,
      want: {
        date: '2019-11-21',
        section: 'released',
        routes: ['GET /pipeline/{}'],
        fields: ['workflow'],
        mentionedDates: ['2019-12-09'],
      },
    },
    {
      given: ':name route spelling and "November 20th"',
      line: 17,
      want: {
        date: '2019-11-11',
        section: 'released',
        routes: [' /workflow/{}/jobs', ' /workflow/{}/job'],
        fields: [],
        mentionedDates: ['2019-11-20'],
      },
    },
    {
      given: 'Oct 17 bullet: POST to :project-slug routes',
      line: 22,
      want: {
        date: '2019-10-17',
        section: 'released',
        routes: ['POST /project/{}/job/{}', 'POST /project/{}/job/{}/cancel'],
        fields: [],
        mentionedDates: [],
      },
    },
    {
      given: 'undated proposal takes the first proposal date',
      line: 116,
      want: {
        date: '2019-10-23',
        section: 'proposed',
        routes: [' /workflow/{}/jobs', ' /workflow/{}/job'],
        fields: [],
        mentionedDates: [],
      },
    },
    {
      given: 'route without a leading slash after a method',
      line: 68,
      want: {
        date: '2019-10-23',
        section: 'proposed',
        routes: ['POST /project/{}/{}/{}/{}/ssh-users'],
        fields: [],
        mentionedDates: [],
      },
    },
  ])('$given', ({ line, want }) => {
    const entry = at(line);
    expect(entry).toBeDefined();
    expect({
      date: entry!.date,
      section: entry!.section,
      routes: entry!.routes.map((route) => `${route.method ?? ''} ${route.path}`),
      fields: entry!.fields,
      mentionedDates: entry!.mentionedDates,
    }).toEqual(want);
  });

  it('keeps the API reference anchors and drops struck-out proposals', () => {
    expect(at(21)!.anchors).toEqual(['get-a-workflow-39-s-jobs']);
    expect(at(34)!.routes.map((route) => route.path)).toEqual(['/pipeline/{}/workflow']);
  });
});

describe('parseLog never throws (fixed seed)', () => {
  it('on any text, and every entry date is null or YYYY-MM-DD', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom('#', ' ', '\n', '-', '`', '/', ':', 'a', 'Dec 9, 2019', '~~', '{x}') }),
        async (text) => {
          for (const entry of (await parseLog(text)).entries)
            expect(entry.date ?? '2000-01-01').toMatch(/^\d{4}-\d\d-\d\d$/);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('logs nested too deep', () => {
  const indented = (levels: number) => Array.from({ length: levels }, (_, i) => `${' '.repeat(2 * i)}- x`).join('\n');

  it.each([
    { given: 'lists nested by indentation', text: indented(300), line: 65 },
    { given: 'list markers on one line', text: `${'- '.repeat(100)}y`, line: 1 },
    { given: 'quotes and ordered lists', text: `intro\n${'> 1. '.repeat(40)}y`, line: 2 },
    { given: 'tabs', text: `${'\t'.repeat(40)}- y`, line: 1 },
  ])('refuses $given with TOO_DEEP and the line, before parsing', async ({ text, line }) => {
    const error = await parseLog(text).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(LogError);
    expect(error).toMatchObject({ code: 'TOO_DEEP', line });
  });

  it('reads nesting up to the limit', async () => {
    await expect(parseLog(`## Dec 9, 2019\n${indented(MAX_LOG_NESTING)}`)).resolves.toMatchObject({
      entries: [{ date: '2019-12-09' }],
    });
    expect(() => checkLogNesting(`${'- '.repeat(MAX_LOG_NESTING)}y`)).not.toThrow();
    expect(() => checkLogNesting(`${'- '.repeat(MAX_LOG_NESTING + 1)}y`)).toThrow(LogError);
  });
});

describe('the nesting estimate', () => {
  it('never falls short of the depth the Markdown parser finds', async () => {
    const { fromMarkdown } = await import('mdast-util-from-markdown');
    /** The deepest chain of lists and quotes in a parsed tree. */
    const depth = (node: { type: string; children?: unknown[] }): number =>
      (node.type === 'list' || node.type === 'blockquote' ? 1 : 0) +
      Math.max(0, ...((node.children ?? []) as Array<{ type: string }>).map(depth));
    const piece = fc.constantFrom('- ', '* ', '1. ', '> ', '>', '  ', '\t', ' ', 'x ', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (pieces, limit) => {
        const text = `${pieces.join('')}y`;
        const real = depth(fromMarkdown(text));
        if (real > limit) expect(() => checkLogNesting(text, limit)).toThrow(LogError);
      }),
      { seed: 33, numRuns: 3000 },
    );
  });
});
