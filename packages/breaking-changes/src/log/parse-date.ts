const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Matches `Dec 9, 2019`, `November 20th, 2019`, `Sept 3 2020`. */
export const DATE_PATTERN: RegExp =
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/gi;

/**
 * Parses an English date as the log writes it into `YYYY-MM-DD`, or `null`.
 *
 * @example
 * parseLogDate('November 20th, 2019'); // '2019-11-20'
 */
export function parseLogDate(text: string): string | null {
  const match = new RegExp(DATE_PATTERN.source, 'i').exec(text);
  if (!match) return null;
  const month = MONTHS.indexOf(match[1]!.slice(0, 3).toLowerCase()) + 1;
  return `${match[3]}-${String(month).padStart(2, '0')}-${match[2]!.padStart(2, '0')}`;
}

/** Every date named in a text, as `YYYY-MM-DD`, in order. */
export function findLogDates(text: string): string[] {
  return [...text.matchAll(DATE_PATTERN)].map((match) => parseLogDate(match[0])!).filter(Boolean);
}

/** Adds days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}
