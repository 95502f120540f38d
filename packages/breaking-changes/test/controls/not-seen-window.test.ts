import { readFileSync } from 'node:fs';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAgainstLog, historyDate, notSeenWindow, parseLog, type BreakingLog } from '../../src/index.ts';

const logFile = locateFixture('fixtures/breaking-log/breaking.md');
let log: BreakingLog;
beforeAll(async () => {
  log = await parseLog(readFileSync(logFile, 'utf8'));
});

/** The lines of the `not-seen` entries when the diff found no change at all (so every entry that names a route is unmatched). */
function notSeen(window: { from?: string; until: string } | undefined): number[] {
  const bounds =
    window === undefined ? {} : { notSeenUntil: window.until, ...(window.from ? { notSeenFrom: window.from } : {}) };
  return checkAgainstLog([], log, { releaseDate: '2019-10-16', ...bounds })['not-seen'].map((entry) => entry.line);
}

describe('notSeenWindow', () => {
  // Both ends are included: from ≤ date ≤ release + lead.
  it.each([
    { input: { releaseDate: '2019-10-16', leadDays: 0 }, want: { until: '2019-10-16' } },
    { input: { releaseDate: '2019-10-16', leadDays: 7 }, want: { until: '2019-10-23' } },
    { input: { releaseDate: '2019-12-30', leadDays: 5 }, want: { until: '2020-01-04' } },
    {
      input: { oldDate: '2019-10-15', releaseDate: '2019-10-16', leadDays: 0 },
      want: { from: '2019-10-15', until: '2019-10-16' },
    },
    {
      input: { since: '2019-10-01', oldDate: '2019-10-15', releaseDate: '2019-10-16', leadDays: 0 },
      want: { from: '2019-10-01', until: '2019-10-16' },
    },
    { input: { oldDate: null, releaseDate: '2019-10-16', leadDays: 0 }, want: { until: '2019-10-16' } },
  ])('$input → $want', ({ input, want }) => {
    expect(notSeenWindow(input)).toEqual(want);
  });

  it('takes the old spec date from INDEX.tsv', () => {
    expect(historyDate(locateFixture('specs/history/circleci-v2-2019-10-15.json'))).toBe('2019-10-15');
    expect(historyDate(logFile)).toBeNull();
  });
});

describe('not-seen entries of the real log, release 2019-10-16', () => {
  // Dated entries that name a route: lines 21-22 are Oct 17, lines 68-129 Oct 23, the rest Nov 5 to Dec 9.
  it.each([
    {
      given: 'no window (--all-not-seen)',
      window: undefined,
      want: [4, 8, 10, 12, 17, 21, 22, 29, 34, 68, 115, 116, 121, 122, 127, 129],
    },
    { given: 'lead 0: up to Oct 16', window: { until: '2019-10-16' }, want: [] },
    { given: 'lead 1: Oct 17 is included', window: { until: '2019-10-17' }, want: [21, 22] },
    {
      given: 'lead 7: up to Oct 23 included',
      window: { until: '2019-10-23' },
      want: [21, 22, 68, 115, 116, 121, 122, 127, 129],
    },
    {
      given: 'from Oct 17 (included)',
      window: { from: '2019-10-17', until: '2019-10-23' },
      want: [21, 22, 68, 115, 116, 121, 122, 127, 129],
    },
    {
      given: 'from Oct 18: Oct 17 is left out',
      window: { from: '2019-10-18', until: '2019-10-23' },
      want: [68, 115, 116, 121, 122, 127, 129],
    },
    {
      given: 'Oct 24 to Dec 8: Dec 9 is left out',
      window: { from: '2019-10-24', until: '2019-12-08' },
      want: [8, 10, 12, 17, 29, 34],
    },
  ])('$given → lines $want', ({ window, want }) => {
    expect(notSeen(window)).toEqual(want);
  });

  it('never lists the entries dated two months after the release by default', () => {
    const lines = notSeen(notSeenWindow({ releaseDate: '2019-10-16', leadDays: 0 }));
    const dec9 = log.entries.filter((entry) => entry.date === '2019-12-09').map((entry) => entry.line);
    expect(dec9.length).toBeGreaterThan(0);
    expect(lines.filter((line) => dec9.includes(line))).toEqual([]);
  });
});
