import { WEBHOOK_PREFIX } from './change-key.ts';
import { ControlError } from './control-error.ts';
import { controlLines } from './control-lines.ts';

/** One acknowledged change of an ignore file. */
export interface IgnoreEntry {
  /** The file as the caller named it. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** The line as written, without its comment. */
  text: string;
  ruleId: string;
  /** Upper-case HTTP method. */
  method: string;
  /** The route as written, e.g. `/pipeline/{pipeline-id}`, or `webhook:name` for a webhook. */
  path: string;
  /** The JSON pointer of the change's stable key, when the line gives one: it then matches that change only. */
  pointer?: string;
  /** The last day (`YYYY-MM-DD`, inclusive) the line ignores; none when it never expires. */
  until?: string;
}

const METHODS: readonly string[] = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'];

/** True for a `YYYY-MM-DD` day that exists. */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/**
 * Parses an ignore file: one acknowledged change per line, written
 * `rule-id METHOD /path` (every change of that rule on that operation;
 * `webhook:name` instead of `/path` for a webhook) or as the change's
 * stable key `rule-id METHOD /path pointer` (that change only), optionally
 * followed by `until YYYY-MM-DD`. `#` comments and blank
 * lines are skipped. A malformed line, an unknown rule id, an unknown method,
 * a path or pointer not starting with `/` or a day that does not exist is a
 * `ControlError` naming `file` and the line.
 *
 * @example
 * parseIgnore('operation-removed GET /me until 2026-12-31\n', '.breaking-ignore', ['operation-removed']);
 * // [{ ruleId: 'operation-removed', method: 'GET', path: '/me', until: '2026-12-31', line: 1, … }]
 */
export function parseIgnore(text: string, file: string, ruleIds: readonly string[]): IgnoreEntry[] {
  const known = new Set(ruleIds);
  return controlLines(text).map(({ line, text: content }) => {
    const words = content.split(/\s+/);
    let until: string | undefined;
    const at = words.indexOf('until');
    if (at !== -1) {
      if (at !== words.length - 2)
        throw new ControlError(file, line, 'write "until YYYY-MM-DD" at the end of the line');
      until = words[at + 1]!;
      if (!isDay(until)) throw new ControlError(file, line, `"until" needs a day written YYYY-MM-DD, got "${until}"`);
      words.splice(at, 2);
    }
    if (words.length < 3 || words.length > 4) {
      throw new ControlError(
        file,
        line,
        `expected "rule-id METHOD /path [pointer] [until YYYY-MM-DD]", got "${content}"`,
      );
    }
    const [ruleId, rawMethod, path, pointer] = words as [string, string, string, string | undefined];
    const method = rawMethod.toUpperCase();
    if (!known.has(ruleId)) throw new ControlError(file, line, `unknown rule "${ruleId}"`);
    if (!METHODS.includes(method)) throw new ControlError(file, line, `unknown HTTP method "${rawMethod}"`);
    if (!path.startsWith('/') && !(path.startsWith(WEBHOOK_PREFIX) && path.length > WEBHOOK_PREFIX.length)) {
      throw new ControlError(file, line, `the path must start with "/" (or be webhook:name), got "${path}"`);
    }
    if (pointer !== undefined && !pointer.startsWith('/')) {
      throw new ControlError(file, line, `the pointer must start with "/", got "${pointer}"`);
    }
    return {
      file,
      line,
      text: content,
      ruleId,
      method,
      path,
      ...(pointer === undefined ? {} : { pointer }),
      ...(until === undefined ? {} : { until }),
    };
  });
}
