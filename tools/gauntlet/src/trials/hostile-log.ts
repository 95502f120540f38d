/**
 * Hostile input for the breaking-changes log parser: arbitrary Markdown
 * built from the log's own shapes (dated headings, bullets naming routes in
 * every spelling, struck-out text, code, links, tables, HTML) and from
 * arbitrary text. Markdown has no syntax errors, so parseLog must never
 * throw but to refuse nesting deeper than it reads (`LogError` TOO_DEEP, a
 * guard against the parser's super-linear time on deep lists), and must do
 * either within the time allowed; every entry it returns is well-formed.
 */
import fc from 'fast-check';
import { LogError, parseLog, type BreakingLog } from '@circleci-kit/breaking-changes';
import { CaseFamilies } from '../lib/cases.ts';
import { describeError, Failures, pick, type Scale, type TrialResult } from '../lib/trial.ts';

/**
 * Dates of the form YYYY-MM-DD that name no day (`Jan 32, 2019` → `2019-01-32`,
 * `Feb 0` → `…-02-00`). parseLog must return none: a log date that names no
 * real day is no date.
 */
export function impossibleDates(log: BreakingLog): string[] {
  const dates = log.entries
    .flatMap((entry) => [entry.date, ...entry.mentionedDates])
    .filter((d): d is string => d !== null);
  return dates.filter((date) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const day = new Date(Date.UTC(y, m - 1, d));
    return day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d;
  });
}

/** What is wrong with a parsed log (exported for the tests). */
export function logProblem(log: BreakingLog, markdown: string): string | undefined {
  if (!Array.isArray(log.entries)) return 'no entries array';
  const lines = markdown.split(/\r\n|\r|\n/).length;
  for (const entry of log.entries) {
    if (entry.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(entry.date))
      return `entry date ${JSON.stringify(entry.date)}`;
    if (!(entry.line >= 1 && entry.line <= lines)) return `entry line ${entry.line} of ${lines}`;
    // Read as plain text: this checks what the parser promises instead of trusting its type.
    const section: string = entry.section;
    if (section !== 'released' && section !== 'proposed') return `entry section ${section}`;
    for (const route of entry.routes)
      if (typeof route.path !== 'string' || !route.path.startsWith('/'))
        return `route path ${JSON.stringify(route.path)}`;
    for (const date of entry.mentionedDates) if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return `mentioned date ${date}`;
  }
  const impossible = impossibleDates(log);
  if (impossible.length > 0) return `impossible date ${impossible[0]}`;
  return undefined;
}

const month = fc.constantFrom('Jan', 'Feb', 'Dec', 'December', 'Sept', 'Foo', 'feb');
const date = fc
  .tuple(month, fc.integer({ min: -1, max: 40 }), fc.integer({ min: 0, max: 99999 }))
  .map(([m, d, y]) => `${m} ${d}, ${y}`);
const route = fc
  .tuple(
    fc.constantFrom('', 'GET ', 'POST ', 'delete ', 'PATCH '),
    fc.array(
      fc.oneof(
        fc.constantFrom(
          'project',
          ':project-slug',
          '{pipeline-id}',
          'workflow',
          ':id',
          'jobs',
          '{',
          '}',
          ':',
          '*',
          '%2F',
        ),
        fc.string({ maxLength: 6 }),
      ),
      { maxLength: 6 },
    ),
  )
  .map(([m, segs]) => `${m}/${segs.join('/')}`);
const inline = fc.oneof(
  fc.string({ maxLength: 30 }),
  route.map((r) => `\`${r}\``),
  date,
  fc.constantFrom(
    '~~',
    '`',
    '**',
    '[link](https://circleci.com/docs/api/v2/#get-a-pipeline)',
    '<br>',
    '<!--',
    '\\',
    '|',
    '[',
    '](',
    'scheduled to be deleted on ',
    '&amp;',
  ),
);
const line = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('# ', '## ', '### ', '#### ', '#'),
      fc.oneof(
        date,
        fc.constantFrom('Breaking Changes', 'Proposed Breaking Changes', 'Changes to Routes'),
        fc.string({ maxLength: 20 }),
      ),
    )
    .map(([h, t]) => h + t),
  fc
    .tuple(fc.constantFrom('- ', '* ', '1. ', '  - ', '> ', '    ', '| ', ''), fc.array(inline, { maxLength: 8 }))
    .map(([b, parts]) => b + parts.join(' ')),
  fc.constantFrom('```', '---', '', '|---|---|', '<details>', '</details>'),
);
export const markdown = fc.oneof(
  { weight: 4, arbitrary: fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
);
/** A list nested `levels` deep by indentation, one item a line: the form the Markdown parser is slowest on. */
const indentedList = (levels: number): string =>
  `${Array.from({ length: levels }, (_, i) => `${' '.repeat(2 * i)}- x`).join('\n')}\n`;

/** Deep nesting: runs of one opener up to 3,000 deep, and lists nested by indentation up to 1,000 deep (1 MB). */
const deep = fc.oneof(
  fc
    .record({ n: fc.integer({ min: 100, max: 3000 }), kind: fc.constantFrom('>', '- ', '[', '*', '`', '<a>', '  ') })
    .map(({ n, kind }) => `${kind.repeat(n)}x\n`),
  fc.integer({ min: 30, max: 1000 }).map(indentedList),
);

/** Parses a log; a refusal for nesting too deep (`LogError` TOO_DEEP) is an answer, counted in `refused`. */
async function parseOrRefuse(text: string, refused: { count: number }): Promise<BreakingLog | undefined> {
  try {
    return await parseLog(text);
  } catch (error) {
    // TOO_DEEP, a LogError's one code.
    if (error instanceof LogError) {
      refused.count++;
      return undefined;
    }
    throw error;
  }
}

export async function run(scale: Scale): Promise<TrialResult> {
  const failures = new Failures();
  const impossible = new Set<string>();
  const refused = { count: 0 };
  const families = new CaseFamilies(failures);
  await families.run(
    'markdown',
    markdown,
    pick(scale, 2500, 99_000),
    scale.seed,
    async (text) => {
      let log: BreakingLog | undefined;
      try {
        log = await parseOrRefuse(text, refused);
      } catch (error) {
        return `parseLog threw ${describeError(error)}`;
      }
      if (log === undefined) return undefined;
      for (const date of impossibleDates(log)) impossible.add(date);
      return logProblem(log, text);
    },
    { perCaseMs: 5000, batch: 1000, show: (t) => JSON.stringify(t.slice(0, 200)) },
  );
  await families.run(
    'deep nesting',
    deep,
    pick(scale, 30, 1000),
    scale.seed + 1,
    async (text) => {
      const log = await parseOrRefuse(text, refused);
      return log === undefined ? undefined : logProblem(log, text);
    },
    { perCaseMs: 10_000, batch: 100, show: (t) => `${JSON.stringify(t.slice(0, 40))}… (${t.length} chars)` },
  );
  const cases = families.cases;
  return {
    name: 'hostile-log',
    ok: failures.count === 0,
    summary: `${cases} Markdown documents: ${families.summary()}; ${impossible.size} impossible dates returned (e.g. ${[...impossible].slice(0, 2).join(', ')}); ${refused.count} refused as nested too deep (TOO_DEEP)`,
    figures: { cases, failures: failures.count, impossibleDates: impossible.size, refusedTooDeep: refused.count },
    failures: failures.list,
    totals: { hostileCases: cases },
  };
}
