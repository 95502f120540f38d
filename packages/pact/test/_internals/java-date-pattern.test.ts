import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateMatcherRefuses } from '../../src/_internals/date-matcher.ts';
import { checkJavaDate, javaDateProblem } from '../../src/_internals/java-date-pattern.ts';
import { matcherRefuses } from '../../src/match-body.ts';

describe('javaDateProblem', () => {
  it.each([
    { pattern: 'yyyy-MM-dd', text: '2025-10-17', want: undefined },
    { pattern: 'yyyy-MM-dd', text: '2024-02-29', want: undefined },
    { pattern: 'yyyy-MM-dd', text: '2025-02-29', want: '"2025-02-29": there is no day 29 in month 02 of 2025' },
    { pattern: 'yyyy-MM-dd', text: '2025-13-01', want: '"2025-13-01": month 13 is out of range' },
    { pattern: 'yyyy-MM-dd', text: '25-10-17', want: '"25-10-17" is not written as yyyy-MM-dd' },
    { pattern: 'yyyy.MM.dd', text: '2025x10x17', want: '"2025x10x17" is not written as yyyy.MM.dd' },
    { pattern: "yyyy-MM-dd'T'HH:mm:ss[.SSS]XXX", text: '2025-10-17T08:09:10Z', want: undefined },
    { pattern: "yyyy-MM-dd'T'HH:mm:ss[.SSS]XXX", text: '2025-10-17T08:09:10.123+02:00', want: undefined },
    {
      pattern: "yyyy-MM-dd'T'HH:mm:ss[.SSS]XXX",
      text: '2025-10-17T08:09:10.12Z',
      want: `"2025-10-17T08:09:10.12Z" is not written as yyyy-MM-dd'T'HH:mm:ss[.SSS]XXX`,
    },
    {
      pattern: "yyyy-MM-dd'T'HH:mm:ss[.SSS]XXX",
      text: '2025-10-17T24:00:00Z',
      want: '"2025-10-17T24:00:00Z": hour 24 is out of range',
    },
    { pattern: 'dd/MM/yy HH:mm', text: '29/02/24 23:59', want: undefined },
    {
      pattern: 'dd/MM/yy HH:mm',
      text: '29/02/25 23:59',
      want: '"29/02/25 23:59": there is no day 29 in month 02 of 2025',
    },
    { pattern: 'EEE, d MMM yyyy HH:mm:ss Z', text: 'Fri, 17 Oct 2025 08:09:10 +0000', want: undefined },
    { pattern: 'd MMMM yyyy', text: '31 April 2025', want: '"31 April 2025": there is no day 31 in month 4 of 2025' },
    { pattern: 'h:mm a', text: '12:30 PM', want: undefined },
    { pattern: 'h:mm a', text: '13:30 PM', want: '"13:30 PM": hour 13 is out of range' },
    { pattern: 'yyyy-DDD', text: '2024-366', want: undefined },
    { pattern: 'yyyy-DDD', text: '2025-366', want: '"2025-366": there is no day 366 in 2025' },
    { pattern: "HH 'o''clock'", text: "08 o'clock", want: undefined },
    { pattern: "HH''mm", text: "08'30", want: undefined },
    {
      pattern: 'yyyy-QQ',
      text: '2025-04',
      want: `the pact's format cannot be read: the pattern letter 'Q' is not supported (in "yyyy-QQ")`,
    },
    { pattern: "yyyy'T", text: '2025T', want: `the pact's format cannot be read: an unclosed quote at 4 in "yyyy'T"` },
    { pattern: 'yyyy]', text: '2025', want: `the pact's format cannot be read: an unmatched ']' at 4 in "yyyy]"` },
    { pattern: 'yyyy[-MM', text: '2025', want: `the pact's format cannot be read: an unclosed '[' in "yyyy[-MM"` },
  ])('$pattern, $text → $want', ({ pattern, text, want }) => {
    expect(javaDateProblem(pattern, text)).toBe(want);
  });

  it.each([
    { pattern: 'yyyy-MM-dd', text: '2025-10-17', kind: undefined },
    { pattern: 'yyyy-MM-dd', text: '2025-02-30', kind: 'no-such-date' },
    { pattern: 'yyyy-MM-dd', text: '17/10/2025', kind: 'not-written-so' },
    { pattern: 'yyyy-QQ', text: '2025-04', kind: 'unreadable-pattern' },
  ])('checkJavaDate($pattern, $text) is of kind $kind', ({ pattern, text, kind }) => {
    expect(checkJavaDate(pattern, text)?.kind).toBe(kind);
  });

  it('accepts every instant as JavaScript writes it, in ISO 8601 and in the pattern Pact JS suggests', () => {
    const instant = fc.date({
      min: new Date('1000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instant, (date) => {
        const text = date.toISOString();
        expect(javaDateProblem("yyyy-MM-dd'T'HH:mm:ss.SSSX", text)).toBeUndefined();
        expect(dateMatcherRefuses({ match: 'datetime' }, text)).toBeUndefined();
        expect(dateMatcherRefuses({ match: 'date' }, text.slice(0, 10))).toBeUndefined();
      }),
      { seed: 27, numRuns: 2000 },
    );
  });

  it('refuses a day past the end of its month, for any month and year', () => {
    const monthDay = fc.record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) });
    fc.assert(
      fc.property(monthDay, ({ year, month }) => {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const text = (day: number) => `${year}-${String(month).padStart(2, '0')}-${day}`;
        expect(javaDateProblem('yyyy-MM-dd', text(last))).toBeUndefined();
        expect(javaDateProblem('yyyy-MM-dd', text(last + 1))).toMatch(/there is no day|out of range/);
      }),
      { seed: 28, numRuns: 1000 },
    );
  });
});

describe('the date matchers of a pact', () => {
  it.each([
    { matcher: { match: 'date', format: 'yyyy-MM-dd' }, actual: '2025-10-17', want: undefined },
    { matcher: { match: 'date', date: 'dd.MM.yyyy' }, actual: '17.10.2025', want: undefined },
    {
      matcher: { match: 'timestamp', timestamp: 'yyyy-MM-dd HH:mm:ssZZZZZ' },
      actual: '2025-10-17 08:09:10+02:00',
      want: undefined,
    },
    { matcher: { match: 'time' }, actual: '08:09', want: undefined },
    { matcher: { match: 'time' }, actual: '08:09:10.5+01:00', want: undefined },
    { matcher: { match: 'datetime' }, actual: '2025-10-17 08:09:10+0200', want: undefined },
    {
      matcher: { match: 'datetime' },
      actual: '2025-10-17T25:00:00Z',
      want: '"2025-10-17T25:00:00Z": hour 25 is out of range',
    },
    { matcher: { match: 'timestamp' }, actual: 'yesterday', want: '"yesterday" is not an ISO 8601 date-time' },
    {
      matcher: { match: 'date' },
      actual: '2025-10-17T08:09:10Z',
      want: '"2025-10-17T08:09:10Z" is not an ISO 8601 date',
    },
  ])('$matcher.match on $actual → $want', ({ matcher, actual, want }) => {
    expect(matcherRefuses(matcher, actual, actual, false)).toBe(want);
  });

  it('still names the type when the value is no string', () => {
    expect(matcherRefuses({ match: 'date' }, '2025-10-17', 20251017, false)).toBe(
      'expected a date string, got 20251017',
    );
  });
});
