const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Matches `Dec 9, 2019`, `November 20th, 2019`, `Sept 3 2020`. */
export const DATE_PATTERN: RegExp =
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/gi;

/** True when the day exists in that month of that year (`Feb 29` only in leap years). */
function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Parses an English date as the log writes it into `YYYY-MM-DD`, or `null`
 * when there is none or it names a day that does not exist (`Jan 32`, `Feb 0`).
 *
 * @example
 * parseLogDate('November 20th, 2019'); // '2019-11-20'
 * parseLogDate('Feb 30, 2020'); // null
 */
export function parseLogDate(text: string): string | null {
  const match = new RegExp(DATE_PATTERN.source, 'i').exec(text);
  if (!match) return null;
  const month = MONTHS.indexOf(match[1]!.slice(0, 3).toLowerCase()) + 1;
  const day = Number(match[2]);
  if (!isCalendarDate(Number(match[3]), month, day)) return null;
  return `${match[3]}-${String(month).padStart(2, '0')}-${match[2]!.padStart(2, '0')}`;
}

/** Every date named in a text, as `YYYY-MM-DD`, in order. */
export function findLogDates(text: string): string[] {
  return [...text.matchAll(DATE_PATTERN)]
    .map((match) => parseLogDate(match[0]))
    .filter((date): date is string => date !== null);
}

/** Adds days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}
