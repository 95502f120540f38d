import type { PactMatcher } from '../pact-types.ts';
import { checkJavaDate, javaDateProblem } from './java-date-pattern.ts';

/**
 * What a date matcher without a format accepts: ISO 8601, which every Pact
 * implementation writes by default; a time or date-time may have seconds,
 * a fraction and an offset, and `T` or a space between date and time.
 */
const ISO_FORMATS: Record<'date' | 'time' | 'datetime', string[]> = {
  date: ['yyyy-MM-dd'],
  time: ['HH:mm[:ss[.n]][XXX]', 'HH:mm[:ss[.n]]XX'],
  datetime: [
    "yyyy-MM-dd'T'HH:mm[:ss[.n]][XXX]",
    "yyyy-MM-dd'T'HH:mm[:ss[.n]]XX",
    'yyyy-MM-dd HH:mm[:ss[.n]][XXX]',
    'yyyy-MM-dd HH:mm[:ss[.n]]XX',
  ],
};

/**
 * The format a date matcher carries: `format` (V4), or the older key named
 * after the matcher (`{ "match": "timestamp", "timestamp": "…" }`, Pact JVM
 * and PactNet before V4).
 */
function formatOf(matcher: PactMatcher): string | undefined {
  const format = matcher.format ?? matcher[matcher.match];
  return typeof format === 'string' && format !== '' ? format : undefined;
}

/**
 * Why a `date`, `time`, `datetime` or `timestamp` matcher refuses a string,
 * or `undefined` when it is a real date or time written in the matcher's
 * Java pattern (ISO 8601 when the pact gives none).
 *
 * @example
 * dateMatcherRefuses({ match: 'date', format: 'yyyy-MM-dd' }, '2025-02-30'); // '"2025-02-30": there is no day 30 in month 02 of 2025'
 */
export function dateMatcherRefuses(matcher: PactMatcher, actual: string): string | undefined {
  const format = formatOf(matcher);
  if (format !== undefined) return javaDateProblem(format, actual);
  const kind = matcher.match === 'date' || matcher.match === 'time' ? matcher.match : 'datetime';
  const problems = ISO_FORMATS[kind].map((pattern) => checkJavaDate(pattern, actual));
  if (problems.includes(undefined)) return undefined;
  // A value of the right shape but no real date says more than "not written as …".
  const telling = problems.find((problem) => problem?.kind === 'no-such-date');
  return telling?.message ?? `${JSON.stringify(actual)} is not an ISO 8601 ${kind === 'datetime' ? 'date-time' : kind}`;
}
