import { describe, expect, it } from 'vitest';
import { addDays, findLogDates, parseLogDate } from '../../src/log/parse-date.ts';

describe('parseLogDate', () => {
  it.each([
    { given: 'Dec 9, 2019', want: '2019-12-09' },
    { given: 'November 20th, 2019', want: '2019-11-20' },
    { given: 'Sept 3 2020', want: '2020-09-03' },
    { given: 'Feb 29, 2020', want: '2020-02-29' },
    { given: 'Feb 29, 2019', want: null },
    { given: 'Jan 32, 7772', want: null },
    { given: 'Feb 0, 2020', want: null },
    { given: 'Apr 31, 2021', want: null },
    { given: 'no date here', want: null },
  ])('$given → $want', ({ given, want }) => {
    expect(parseLogDate(given)).toBe(want);
  });
});

describe('findLogDates', () => {
  it('lists the real dates of a text in order and passes over impossible ones', () => {
    expect(findLogDates('scheduled for Dec 9, 2019, not Jan 32, 2020, then Jan 2nd, 2020')).toEqual([
      '2019-12-09',
      '2020-01-02',
    ]);
  });
});

describe('addDays', () => {
  it.each([
    { given: ['2019-12-30', 3] as const, want: '2020-01-02' },
    { given: ['2020-03-01', -1] as const, want: '2020-02-29' },
  ])('$given → $want', ({ given, want }) => {
    expect(addDays(given[0], given[1])).toBe(want);
  });
});
