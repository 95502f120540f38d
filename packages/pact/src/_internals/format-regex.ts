/**
 * Regexes for string formats and schema patterns, in the subset both
 * JavaScript and Pact's reference implementation (Rust `regex`) read the same.
 */

/** The regex of each string format a matcher is written for. */
export const FORMAT_REGEX: Readonly<Record<string, string>> = {
  uuid: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
  'date-time': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$',
  date: '^\\d{4}-\\d{2}-\\d{2}$',
  email: '^[^@\\s]+@[^@\\s]+$',
  uri: '^[A-Za-z][A-Za-z0-9+.-]*:\\S*$',
};

/** Lookaround, backreferences and named groups: read differently (or not at all) by Rust's `regex`. */
const NOT_PORTABLE = /\(\?[=!<]|\\k<|\\[1-9]/;

/** The pattern when it compiles, is portable, and `value` (when given) matches it; else `undefined`. */
export function portableRegex(pattern: string, value?: unknown): string | undefined {
  if (NOT_PORTABLE.test(pattern)) return undefined;
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
  if (value !== undefined && (typeof value !== 'string' || !regex.test(value))) return undefined;
  return pattern;
}

/** A regex matching exactly the given strings. */
export function enumRegex(values: readonly string[]): string {
  return `^(${values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`;
}
