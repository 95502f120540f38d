import { ControlError } from './control-error.ts';
import { controlLines } from './control-lines.ts';

/** The level a rule is given by a severity file; `off` drops its changes. */
export type SeverityLevel = 'error' | 'warn' | 'info' | 'off';

/** Rule id → the level its changes get. */
export type SeverityOverrides = ReadonlyMap<string, SeverityLevel>;

const LEVELS: readonly string[] = ['error', 'warn', 'info', 'off'];

/**
 * Parses a severity file: one `rule-id: level` per line, level one of
 * `error`, `warn`, `info`, `off`; `#` comments and blank lines are skipped.
 * A line that is not `id: level`, an id not in `ruleIds`, a bad level or an
 * id given twice is a `ControlError` naming `file` and the line.
 *
 * @example
 * parseSeverity('operation-removed: warn\n', 'severity.txt', catalogue.map((rule) => rule.id));
 * // Map { 'operation-removed' => 'warn' }
 */
export function parseSeverity(text: string, file: string, ruleIds: readonly string[]): SeverityOverrides {
  const known = new Set(ruleIds);
  const out = new Map<string, SeverityLevel>();
  for (const { line, text: content } of controlLines(text)) {
    const match = /^([^\s:]+)\s*:\s*(\S+)$/.exec(content);
    if (!match) throw new ControlError(file, line, `expected "rule-id: level", got "${content}"`);
    const [, id, level] = match as unknown as [string, string, string];
    if (!known.has(id)) throw new ControlError(file, line, `unknown rule "${id}"`);
    if (!LEVELS.includes(level)) {
      throw new ControlError(file, line, `level must be error, warn, info or off, got "${level}"`);
    }
    if (out.has(id)) throw new ControlError(file, line, `rule "${id}" is given a level twice`);
    out.set(id, level as SeverityLevel);
  }
  return out;
}
