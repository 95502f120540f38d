/**
 * Java date-time patterns (`DateTimeFormatter`, `SimpleDateFormat`): the
 * syntax of the `format` that Pact's `date`, `time`, `datetime` and
 * `timestamp` matchers carry, e.g. `yyyy-MM-dd'T'HH:mm:ss[.SSS]XXX`.
 *
 * A pattern becomes a regular expression with one group per field, and the
 * fields are then checked as a strict resolver would: month 1–12, a day that
 * exists in that month (and year), hours, minutes and seconds in range.
 * Quoted text (`'T'`, `''`), optional sections (`[…]`) and every letter
 * below are understood; any other letter is reported, not guessed.
 */

type Field =
  | 'year'
  | 'year2'
  | 'month'
  | 'monthName'
  | 'day'
  | 'dayOfYear'
  | 'hour23'
  | 'hour24'
  | 'hour12'
  | 'hour11'
  | 'minute'
  | 'second';

/** What a pattern letter repeated `count` times reads: its regex, and the field it sets (if one is checked). */
interface Piece {
  regex: string;
  field?: Field;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const short = (names: string[]): string => names.map((name) => name.slice(0, 3)).join('|');

/** 1 → one or two digits, 2 → exactly two (Java's rule for most numeric fields). */
const twoDigit = (count: number, field: Field): Piece => ({ regex: count === 1 ? '(\\d{1,2})' : '(\\d{2})', field });

function offset(letter: 'X' | 'x', count: number): string {
  const z = letter === 'X' ? 'Z|' : '';
  const forms = ['[+-]\\d{2}(?:\\d{2})?', '[+-]\\d{4}', '[+-]\\d{2}:\\d{2}', '[+-]\\d{4}(?:\\d{2})?'];
  return `(?:${z}${forms[count - 1] ?? '[+-]\\d{2}:\\d{2}(?::\\d{2})?'})`;
}

function piece(letter: string, count: number): Piece | string {
  switch (letter) {
    case 'y':
    case 'u':
      if (count === 2) return { regex: '(\\d{2})', field: 'year2' };
      return { regex: count === 1 ? '(\\d{1,9})' : `(\\d{${count},9})`, field: 'year' };
    case 'M':
    case 'L':
      if (count <= 2) return twoDigit(count, 'month');
      if (count === 3) return { regex: `(${short(MONTHS)})`, field: 'monthName' };
      if (count === 4) return { regex: `(${MONTHS.join('|')})`, field: 'monthName' };
      return { regex: '[JFMASOND]' };
    case 'd':
      return twoDigit(count, 'day');
    case 'D':
      return { regex: count === 1 ? '(\\d{1,3})' : count === 2 ? '(\\d{2,3})' : '(\\d{3})', field: 'dayOfYear' };
    case 'H':
      return twoDigit(count, 'hour23');
    case 'k':
      return twoDigit(count, 'hour24');
    case 'h':
      return twoDigit(count, 'hour12');
    case 'K':
      return twoDigit(count, 'hour11');
    case 'm':
      return twoDigit(count, 'minute');
    case 's':
      return twoDigit(count, 'second');
    case 'S':
      return { regex: `\\d{${count}}` };
    case 'n':
      return { regex: '\\d{1,9}' };
    case 'a':
      return { regex: '(?:AM|PM|am|pm)' };
    case 'E':
      return { regex: `(?:${count <= 3 ? short(DAYS) : DAYS.join('|')})` };
    case 'G':
      return { regex: '(?:AD|BC)' };
    case 'X':
    case 'x':
      return { regex: offset(letter, count) };
    case 'Z':
      if (count <= 3) return { regex: '[+-]\\d{4}' };
      if (count === 4) return { regex: '(?:GMT(?:[+-]\\d{2}:\\d{2})?)' };
      return { regex: '(?:Z|[+-]\\d{2}:\\d{2})' };
    case 'z':
      return { regex: '(?:[A-Z]{2,5}|GMT[+-]\\d{1,2}(?::\\d{2})?)' };
    case 'V':
      return { regex: '(?:Z|[A-Za-z][A-Za-z_+-]*(?:/[A-Za-z][A-Za-z0-9_+-]*)*)' };
    default:
      return `the pattern letter '${letter}' is not supported`;
  }
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A compiled pattern: the regex and, for each capture group, the field it reads. */
interface Compiled {
  regex: RegExp;
  fields: Field[];
}

function compile(pattern: string): Compiled | string {
  let source = '';
  const fields: Field[] = [];
  let depth = 0;
  for (let i = 0; i < pattern.length;) {
    const char = pattern[i]!;
    if (char === "'") {
      if (pattern[i + 1] === "'") {
        source += "'";
        i += 2;
        continue;
      }
      let literal = '';
      let j = i + 1;
      for (; j < pattern.length; j++) {
        if (pattern[j] !== "'") literal += pattern.charAt(j);
        else if (pattern[j + 1] === "'") literal += pattern.charAt(j++);
        else break;
      }
      if (j >= pattern.length) return `an unclosed quote at ${i} in ${JSON.stringify(pattern)}`;
      source += escapeRegex(literal);
      i = j + 1;
    } else if (char === '[') {
      source += '(?:';
      depth++;
      i++;
    } else if (char === ']') {
      if (depth === 0) return `an unmatched ']' at ${i} in ${JSON.stringify(pattern)}`;
      source += ')?';
      depth--;
      i++;
    } else if (/[A-Za-z]/.test(char)) {
      let count = 1;
      while (pattern[i + count] === char) count++;
      const read = piece(char, count);
      if (typeof read === 'string') return `${read} (in ${JSON.stringify(pattern)})`;
      source += read.regex;
      if (read.field !== undefined) fields.push(read.field);
      i += count;
    } else {
      source += escapeRegex(char);
      i++;
    }
  }
  if (depth > 0) return `an unclosed '[' in ${JSON.stringify(pattern)}`;
  return { regex: new RegExp(`^${source}$`), fields };
}

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const RANGES: Partial<Record<Field, [number, number]>> = {
  month: [1, 12],
  day: [1, 31],
  dayOfYear: [1, 366],
  hour23: [0, 23],
  hour24: [1, 24],
  hour12: [1, 12],
  hour11: [0, 11],
  minute: [0, 59],
  second: [0, 59],
};

const LABELS: Record<Field, string> = {
  year: 'year',
  year2: 'year',
  month: 'month',
  monthName: 'month',
  day: 'day',
  dayOfYear: 'day of the year',
  hour23: 'hour',
  hour24: 'hour',
  hour12: 'hour',
  hour11: 'hour',
  minute: 'minute',
  second: 'second',
};

/** Why the values read are no real date or time, or `undefined` when they are. */
function fieldProblem(values: Map<Field, string>): string | undefined {
  for (const [field, text] of values) {
    const range = RANGES[field];
    const value = Number(text);
    if (range && (value < range[0] || value > range[1])) return `${LABELS[field]} ${text} is out of range`;
  }
  const name = values.get('monthName');
  const month =
    name === undefined ? values.get('month') : String(MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3))) + 1);
  const yearText = values.get('year') ?? (values.has('year2') ? `20${values.get('year2')}` : undefined);
  const year = yearText === undefined ? undefined : Number(yearText);
  const day = values.get('day');
  if (month !== undefined && day !== undefined && Number(day) > daysIn(Number(month), year)) {
    return `there is no day ${day} in month ${month}${year === undefined ? '' : ` of ${year}`}`;
  }
  const dayOfYear = values.get('dayOfYear');
  if (dayOfYear !== undefined && year !== undefined && Number(dayOfYear) > (isLeap(year) ? 366 : 365)) {
    return `there is no day ${dayOfYear} in ${year}`;
  }
  return undefined;
}

const compiled = new Map<string, Compiled | string>();

/** Why a string fails a pattern: the pattern cannot be read, the string is not written that way, or it names no real date. */
export interface DateProblem {
  kind: 'unreadable-pattern' | 'not-written-so' | 'no-such-date';
  message: string;
}

/**
 * Checks a string against a Java date-time pattern: `undefined` when it is
 * a real date or time written that way, else the kind of problem and a
 * message. A pattern this module cannot read is a problem too, never an
 * exception.
 *
 * @example
 * checkJavaDate('yyyy-MM-dd', '2025-02-30')?.kind; // 'no-such-date'
 */
export function checkJavaDate(pattern: string, text: string): DateProblem | undefined {
  let entry = compiled.get(pattern);
  if (entry === undefined) {
    entry = compile(pattern);
    compiled.set(pattern, entry);
  }
  if (typeof entry === 'string') {
    return { kind: 'unreadable-pattern', message: `the pact's format cannot be read: ${entry}` };
  }
  const match = entry.regex.exec(text);
  if (match === null)
    return { kind: 'not-written-so', message: `${JSON.stringify(text)} is not written as ${pattern}` };
  const values = new Map<Field, string>();
  entry.fields.forEach((field, index) => {
    const value = match[index + 1];
    if (value !== undefined) values.set(field, value);
  });
  const problem = fieldProblem(values);
  return problem === undefined ? undefined : { kind: 'no-such-date', message: `${JSON.stringify(text)}: ${problem}` };
}

/**
 * {@link checkJavaDate}'s message alone: `undefined` when the string is a
 * real date or time written in the pattern, else why not.
 *
 * @example
 * javaDateProblem("yyyy-MM-dd'T'HH:mm:ss[.SSS]XXX", '2025-02-29T10:00:00Z'); // '"2025-02-29T10:00:00Z": there is no day 29 in month 02 of 2025'
 */
export function javaDateProblem(pattern: string, text: string): string | undefined {
  return checkJavaDate(pattern, text)?.message;
}
